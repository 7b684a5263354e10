// The setup form: reading it into a setup, filling it from one, and showing problems
// next to the fields at fault.

import { METHODS, LOSSES, inputForField } from './fields.js';

const $ = (selector) => document.querySelector(selector);

// A mistake in the form found before anything is sent; field is the request's JSON
// path, as the service would name it.
export class FieldError extends Error {
	constructor(field, message) {
		super(message);
		this.field = field;
	}
}

export function fillChoices() {
	$('#method').replaceChildren(...METHODS.map((method) =>
		new Option(method.replace('_', ' ').toLowerCase(), method)));
	$('#loss').replaceChildren(...LOSSES.map((loss) => new Option(loss, loss)));
}

function rows() {
	return [...document.querySelectorAll('#variables tbody tr')];
}

export function dimension() {
	return $('#dimension-2').checked ? 2 : 1;
}

export function showDimension() {
	rows()[1].hidden = dimension() === 1;
}

function numberFrom(input, field, errors, { required = false, integer = false, label }) {
	const raw = input.value.trim();
	if (raw === '') {
		if (required) {
			errors.push(new FieldError(field, `Enter ${label}.`));
		}
		return null;
	}
	const value = Number(raw);
	if (!Number.isFinite(value)) {
		errors.push(new FieldError(field,
			`${capitalize(label)} must be a number, like 0.5 or 1e-3; "${raw}" is not.`));
		return null;
	}
	if (integer && !Number.isInteger(value)) {
		errors.push(new FieldError(field, `${capitalize(label)} must be a whole number.`));
		return null;
	}
	return value;
}

function capitalize(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

// Reads the form; throws an array of FieldErrors when something cannot be sent.
export function readSetup(mode) {
	const errors = [];
	const setup = { mode };
	setup.expression = $('#expression').value.trim();
	if (mode !== 'fit' && setup.expression === '') {
		errors.push(new FieldError('expression', 'Type a function to minimize, such as x^2 + y^2.'));
	}
	setup.variables = rows().slice(0, dimension()).map((row) => {
		const name = row.querySelector('.var-name').value.trim();
		if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
			errors.push(new FieldError('variables', 'Name each variable with letters, digits or _, like x or y.'));
		}
		const variable = { name };
		variable.start = numberFrom(row.querySelector('.var-start'), `start.${name}`, errors,
			{ required: mode === 'minimize', label: `a start value for ${name}` });
		variable.lower = numberFrom(row.querySelector('.var-lower'), `bounds.${name}.lower`, errors,
			{ required: mode !== 'fit', label: `where the view of ${name} starts` });
		variable.upper = numberFrom(row.querySelector('.var-upper'), `bounds.${name}.upper`, errors,
			{ required: mode !== 'fit', label: `where the view of ${name} ends` });
		if (variable.lower !== null && variable.upper !== null && !(variable.lower < variable.upper)) {
			errors.push(new FieldError(`bounds.${name}.upper`,
				`"to" must be greater than "from" for ${name}.`));
		}
		return variable;
	});
	if (setup.variables.length === 2 && setup.variables[0].name === setup.variables[1].name) {
		errors.push(new FieldError('variables', 'Give the two variables different names.'));
	}
	setup.method = $('#method').value;
	setup.learningRate = numberFrom($('#learning-rate'), 'optimizer.learningRate', errors,
		{ label: 'the learning rate' });
	setup.steps = numberFrom($('#steps'), 'steps', errors, { integer: true, label: 'the number of steps' });
	setup.starts = numberFrom($('#starts'), 'starts', errors,
		{ integer: true, required: mode === 'multistart', label: 'the number of starts' });
	setup.seed = numberFrom($('#seed'), 'seed', errors, { integer: true, label: 'the seed' });
	setup.model = $('#model').value.trim();
	setup.parameters = $('#parameters').value.trim();
	setup.data = $('#data').value;
	setup.target = $('#target').value.trim();
	setup.loss = $('#loss').value;
	setup.batchSize = numberFrom($('#batch-size'), 'batchSize', errors, { integer: true, label: 'the batch size' });
	setup.epochs = numberFrom($('#epochs'), 'epochs', errors, { integer: true, label: 'the number of epochs' });
	if (mode === 'fit' && setup.model === '') {
		errors.push(new FieldError('model', 'Type a model, such as a*x + b.'));
	}
	if (errors.length > 0) {
		throw errors;
	}
	return setup;
}

function put(selector, value) {
	if (value !== undefined && value !== null) {
		$(selector).value = String(value);
	}
}

// Fills the form from a (partial) setup.
export function writeSetup(setup) {
	put('#expression', setup.expression);
	if (setup.variables) {
		$(setup.variables.length === 2 ? '#dimension-2' : '#dimension-1').checked = true;
		setup.variables.forEach((variable, i) => {
			const row = rows()[i];
			put(`#${row.id} .var-name`, variable.name);
			put(`#${row.id} .var-start`, variable.start);
			put(`#${row.id} .var-lower`, variable.lower);
			put(`#${row.id} .var-upper`, variable.upper);
		});
		showDimension();
	}
	put('#method', setup.method);
	if (setup.learningRate !== undefined) {
		$('#learning-rate').value = setup.learningRate === null ? '' : String(setup.learningRate);
	}
	put('#steps', setup.steps);
	put('#starts', setup.starts);
	put('#seed', setup.seed);
	put('#model', setup.model);
	put('#parameters', setup.parameters);
	put('#data', setup.data);
	put('#target', setup.target);
	put('#loss', setup.loss);
	put('#batch-size', setup.batchSize);
	put('#epochs', setup.epochs);
}

export function clearErrors() {
	document.querySelectorAll('.field-error').forEach((node) => {
		node.hidden = true;
		node.replaceChildren();
	});
	document.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
	$('#form-error').hidden = true;
	$('#form-error').replaceChildren();
}

// The input a request field points at, and the box for its message.
function locate(path) {
	const target = inputForField(path);
	if (!target) {
		return null;
	}
	if (target.variable) {
		const row = rows().find((candidate) => candidate.querySelector('.var-name').value.trim() === target.variable);
		const input = row ? row.querySelector(`.var-${target.column}`) : null;
		return { input, box: $('.field[data-field="variables"] .field-error'), label: labelFor(input, target) };
	}
	const input = document.getElementById(target.id);
	const field = input ? input.closest('.field') : null;
	return field ? { input, box: field.querySelector('.field-error'), label: labelFor(input, target) } : null;
}

function labelFor(input, target) {
	if (target.variable) {
		const column = { start: 'start', lower: '"from"', upper: '"to"' }[target.column];
		return `the ${column} of ${target.variable}`;
	}
	const label = input ? document.querySelector(`label[for="${input.id}"]`) : null;
	return label ? `"${label.dataset.name || label.textContent.trim()}"` : null;
}

// The service's words, with JSON paths replaced by the names the form shows.
function humanize(message) {
	const text = message.replace(/'([A-Za-z_][\w.[\]]*)'/g, (quoted, path) => {
		const place = inputForField(path) ? locate(path) : null;
		return place && place.label ? place.label : quoted;
	});
	const sentence = capitalize(text);
	return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function show(place, message, extra) {
	if (!place || !place.box) {
		const general = $('#form-error');
		general.append(Object.assign(document.createElement('span'), { textContent: message }), ' ');
		general.hidden = false;
		return;
	}
	if (place.input) {
		place.input.setAttribute('aria-invalid', 'true');
	}
	const line = document.createElement('span');
	line.className = 'message';
	line.textContent = message;
	place.box.append(line);
	if (extra) {
		place.box.append(extra);
	}
	place.box.hidden = false;
}

// The expression with the character at a position marked, to show where it breaks.
function pointAt(expression, position) {
	const code = document.createElement('code');
	code.className = 'excerpt';
	const at = Math.max(0, Math.min(position, expression.length));
	const mark = document.createElement('mark');
	mark.textContent = expression.slice(at, at + 1) || ' ';
	code.append(expression.slice(0, at), mark, expression.slice(at + 1));
	return code;
}

// Shows a problem from the service (or mistakes found in the form) where the person
// will look: next to the field at fault, or above the Run button.
export function showProblem(problem, expression) {
	if (Array.isArray(problem)) {
		problem.forEach((error) => show(locate(error.field), error.message));
		focusFirstInvalid();
		return;
	}
	if (problem.errors.length > 0) {
		for (const error of problem.errors) {
			const place = locate(error.field);
			show(place, humanize(`${place && place.label ? place.label : `'${error.field}'`} ${error.message}`));
		}
	}
	else {
		const extra = Number.isInteger(problem.position) && problem.field === 'expression' && expression
			? pointAt(expression, problem.position) : null;
		show(locate(problem.field), humanize(problem.detail), extra);
	}
	focusFirstInvalid();
}

function focusFirstInvalid() {
	const invalid = document.querySelector('[aria-invalid="true"]');
	if (invalid) {
		invalid.focus({ preventScroll: true });
	}
}
