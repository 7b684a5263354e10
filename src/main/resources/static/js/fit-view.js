// Fitting a model with mini-batch SGD: the data as points, the fitted curve, and the
// loss per epoch.

import { PATHS, fit } from './fields.js';
import { postJson } from './api.js';
import { formatNumber } from './svg.js';
import { FieldError } from './form.js';
import { evaluateAt } from './function-plot.js';
import { setStatus, showDetails, showSummary, showWarnings, table } from './report.js';

// Reads comma- or tab-separated data with a header row into columns of numbers.
export function parseData(text, target) {
	const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
	if (lines.length < 2) {
		throw [new FieldError('data', 'Give a header row such as "x,y" and at least one row of numbers.')];
	}
	const split = (line) => line.split(/[,\t;]/).map((cell) => cell.trim());
	const names = split(lines[0]);
	const columns = Object.fromEntries(names.map((name) => [name, []]));
	for (let row = 1; row < lines.length; row++) {
		const cells = split(lines[row]);
		if (cells.length !== names.length) {
			throw [new FieldError('data',
				`Row ${row} has ${cells.length} values, but the header names ${names.length}.`)];
		}
		cells.forEach((cell, i) => {
			const value = Number(cell);
			if (cell === '' || !Number.isFinite(value)) {
				throw [new FieldError('data', `Row ${row}: "${cell}" in column ${names[i]} is not a number.`)];
			}
			columns[names[i]].push(value);
		});
	}
	if (!names.includes(target)) {
		throw [new FieldError('target', `The data has no column "${target}"; its columns are ${names.join(', ')}.`)];
	}
	const features = names.filter((name) => name !== target);
	if (features.length === 0) {
		throw [new FieldError('data', 'Give at least one column besides the target.')];
	}
	return { columns, features, rows: lines.length - 1 };
}

// Reads "a = 0, b = 0" into {a: 0, b: 0}.
export function parseParameters(text) {
	const parameters = {};
	for (const part of text.split(/[,;\n]/).map((item) => item.trim()).filter(Boolean)) {
		const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*(\S+)$/.exec(part);
		if (!match || !Number.isFinite(Number(match[2]))) {
			throw [new FieldError('parameters',
				`Write each parameter as name = start value, like a = 0; "${part}" is not.`)];
		}
		parameters[match[1]] = Number(match[2]);
	}
	if (Object.keys(parameters).length === 0) {
		throw [new FieldError('parameters', 'Name the parameters to fit with their start values, like a = 0, b = 0.')];
	}
	return parameters;
}

async function fittedCurve(setup, feature, xs, parameters, signal) {
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	const pad = (hi - lo || 2) * 0.05;
	const grid = Array.from({ length: 200 }, (unused, i) => lo - pad + ((hi - lo + 2 * pad) * i) / 199);
	const { values } = await evaluateAt(setup.model, grid.map((x) => ({ [feature]: x, ...parameters })), signal);
	return { xs: grid, values };
}

export async function runFit(setup, ui, signal) {
	const data = parseData(setup.data, setup.target);
	const parameters = parseParameters(setup.parameters);
	setStatus('running', `Fitting ${setup.model} to ${data.rows} rows…`);
	const result = fit.result(await postJson(PATHS.fit, fit.request(setup, data.columns, parameters), signal));
	const feature = data.features[0];
	const xs = data.columns[feature];
	const curve = data.features.length === 1 ? await fittedCurve(setup, feature, xs, result.parameters, signal) : null;
	ui.plot.drawFit(xs, data.columns[setup.target], feature, setup.target, curve);
	if (!curve) {
		ui.plot.note.textContent = `The model has ${data.features.length} inputs; the data is shown against `
			+ `${feature} only, without a fitted curve.`;
	}
	ui.loss.draw([result.lossPerEpoch.map((loss, i) => ({ x: i + 1, y: loss }))],
		{ xName: 'epoch', yName: `${setup.loss} loss` });
	showSummary([
		['status', 'Status', String(result.status ?? '—')],
		['value', 'Loss', formatNumber(result.loss)],
		['epochs', 'Epochs', String(result.epochs ?? result.lossPerEpoch.length)],
		['updates', 'Updates', String(result.updates ?? '—')],
	], '');
	showDetails(table(['Parameter', 'Fitted value'], Object.entries(result.parameters)
		.map(([name, value]) => [name, formatNumber(value)]), 'parameters'));
	showWarnings(result.warnings);
	setStatus('done', `Fitted: loss ${formatNumber(result.loss)} after ${result.lossPerEpoch.length} epochs`);
}
