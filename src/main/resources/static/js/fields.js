// Every path and field name of the API that the page uses, in one place. The views
// build requests and read responses only through these functions, so that a renamed
// field is changed here and nowhere else.

export const PATHS = {
	minimize: '/api/v1/minimize',
	evaluate: '/api/v1/evaluate',
	multistart: '/api/v1/minimize/multistart',
	fit: '/api/v1/fit',
	apiDocs: '/v3/api-docs',
};

export const METHODS = ['GRADIENT_DESCENT', 'MOMENTUM', 'NESTEROV', 'ADAGRAD', 'RMSPROP', 'ADAM', 'LINE_SEARCH'];

export const LOSSES = ['MSE', 'MAE', 'HUBER', 'BCE'];

function optimizer(setup) {
	const optimizer = { method: setup.method };
	if (setup.learningRate !== null) {
		optimizer.learningRate = setup.learningRate;
	}
	return optimizer;
}

function byName(variables, value) {
	return Object.fromEntries(variables.map((variable) => [variable.name, value(variable)]));
}

export const minimize = {
	request(setup, trajectoryEvery) {
		return {
			expression: setup.expression,
			start: byName(setup.variables, (variable) => variable.start),
			optimizer: optimizer(setup),
			steps: setup.steps,
			trajectoryEvery,
		};
	},
	// The common reading of a minimization result: status, point, value, gradient
	// norm, steps, evaluations, warnings and the trajectory as {step, point, value}.
	result(body) {
		return {
			status: body.status,
			criterion: body.criterion,
			point: body.point,
			value: body.value,
			gradientNorm: body.gradientNorm,
			steps: body.steps,
			evaluations: body.evaluations,
			warnings: body.warnings || [],
			trajectory: (body.trajectory || []).map(minimize.step),
		};
	},
	// One progress event or trajectory entry.
	step(entry) {
		return { step: entry.step, point: entry.point, value: entry.value, gradientNorm: entry.gradientNorm };
	},
};

export const evaluate = {
	request(expression, points) {
		return { expression, points };
	},
	values(body) {
		return body.results.map((result) => result.value);
	},
};

export const multistart = {
	request(setup) {
		return {
			expression: setup.expression,
			bounds: byName(setup.variables, (variable) => ({ lower: variable.lower, upper: variable.upper })),
			starts: setup.starts,
			seed: setup.seed,
			includeStarts: true,
			optimizer: optimizer(setup),
			steps: setup.steps,
		};
	},
	result(body) {
		const best = body.best || {};
		return {
			best: { point: best.point, value: best.value },
			minima: (body.minima || []).map((minimum) => ({
				point: minimum.point,
				value: minimum.value,
				starts: minimum.count,
			})),
			runs: (body.startResults || []).map((run) => ({
				start: run.startPoint,
				point: run.point,
				value: run.value,
				status: run.status,
				trajectory: [],
			})),
		};
	},
};

export const fit = {
	request(setup, data, parameters) {
		return {
			model: setup.model,
			parameters,
			data,
			target: setup.target,
			loss: setup.loss,
			batchSize: setup.batchSize,
			epochs: setup.epochs,
			seed: setup.seed,
			optimizer: optimizer(setup),
		};
	},
	result(body) {
		return {
			parameters: body.parameters || {},
			loss: body.loss,
			lossPerEpoch: body.epochLosses || [],
			epochs: body.epochs,
			updates: body.updates,
			status: body.status,
			warnings: body.warnings || [],
		};
	},
};

// RFC 9457 problems: the field at fault as a JSON path of the request, or the
// position in the expression.
export const problem = {
	read(body) {
		return {
			title: body.title || 'Request failed',
			detail: body.detail || body.title || 'The service refused the request.',
			field: body.field,
			position: body.position,
			errors: Array.isArray(body.errors) ? body.errors : [],
		};
	},
};

// Which input a problem's field points at: an element id, or a variable's row and
// column for per-variable fields.
export function inputForField(field) {
	if (!field) {
		return null;
	}
	const perVariable = /^(start|bounds)\.([^.[\]]+)(?:\.(lower|upper))?$/.exec(field);
	if (perVariable) {
		const column = perVariable[1] === 'start' ? 'start' : (perVariable[3] || 'lower');
		return { variable: perVariable[2], column };
	}
	const direct = {
		expression: 'expression',
		'optimizer.learningRate': 'learning-rate',
		'optimizer.method': 'method',
		optimizer: 'method',
		steps: 'steps',
		trajectoryEvery: 'steps',
		variables: 'variables',
		start: 'variables',
		bounds: 'variables',
		starts: 'starts',
		seed: 'seed',
		model: 'model',
		parameters: 'parameters',
		data: 'data',
		target: 'target',
		loss: 'loss',
		batchSize: 'batch-size',
		epochs: 'epochs',
	};
	if (direct[field]) {
		return { id: direct[field] };
	}
	const head = field.split(/[.[]/)[0];
	if (head === 'optimizer') {
		return { id: 'learning-rate' };
	}
	return direct[head] ? { id: direct[head] } : null;
}
