// A setup as a link: its fields in the URL's fragment, readable and editable by hand,
// for example #mode=minimize&f=x%5E2&x=x,-3,-4,4&method=ADAM&lr=0.1&steps=100.

const SIMPLE = {
	mode: 'mode', f: 'expression', method: 'method', lr: 'learningRate', steps: 'steps', starts: 'starts',
	seed: 'seed', model: 'model', p: 'parameters', data: 'data', target: 'target', loss: 'loss',
	batch: 'batchSize', epochs: 'epochs',
};

const NUMERIC = new Set(['learningRate', 'steps', 'starts', 'seed', 'batchSize', 'epochs']);

export function toHash(setup) {
	const params = new URLSearchParams();
	for (const [key, name] of Object.entries(SIMPLE)) {
		const value = setup[name];
		const relevant = setup.mode === 'fit' ? name !== 'expression' && name !== 'steps'
			: !['model', 'parameters', 'data', 'target', 'loss', 'batchSize', 'epochs'].includes(name);
		if (relevant && value !== null && value !== undefined && value !== '') {
			params.set(key, String(value));
		}
	}
	if (setup.mode !== 'fit') {
		setup.variables.forEach((variable, i) => {
			params.set(`v${i + 1}`, [variable.name, variable.start, variable.lower, variable.upper]
				.map((part) => (part === null ? '' : String(part))).join(','));
		});
	}
	return `#${params.toString()}`;
}

export function fromHash(hash) {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const setup = {};
	for (const [key, name] of Object.entries(SIMPLE)) {
		if (params.has(key)) {
			const value = params.get(key);
			setup[name] = NUMERIC.has(name) ? (value === '' ? null : Number(value)) : value;
		}
	}
	const variables = ['v1', 'v2'].filter((key) => params.has(key)).map((key) => {
		const [name, start, lower, upper] = params.get(key).split(',');
		const number = (part) => (part === undefined || part === '' ? null : Number(part));
		return { name, start: number(start), lower: number(lower), upper: number(upper) };
	});
	if (variables.length > 0) {
		setup.variables = variables;
	}
	return setup;
}
