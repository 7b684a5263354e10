// Multi-start: many starts sampled in the view's box, each start's path, and the
// distinct minima they found.

import { PATHS, minimize, multistart } from './fields.js';
import { postJson } from './api.js';
import { formatNumber, formatPoint } from './svg.js';
import { setStatus, showDetails, showSummary, table } from './report.js';
import { replay } from './minimize-view.js';

// Paths fetched one start at a time, when the response carries none; beyond this many
// starts a straight line joins start and end.
const TRACED_STARTS = 24;

const PATH_POINTS = 150;

async function tracePaths(setup, runs, signal) {
	const steps = setup.steps ?? 1000;
	const every = Math.max(1, Math.ceil(steps / PATH_POINTS));
	const traced = runs.map((run) => (run.trajectory.length > 0 ? run.trajectory : null));
	const missing = runs.map((run, i) => i).filter((i) => !traced[i] && runs[i].start).slice(0, TRACED_STARTS);
	const worker = async () => {
		while (missing.length > 0) {
			const i = missing.shift();
			const variables = setup.variables.map((variable) =>
				({ ...variable, start: runs[i].start[variable.name] }));
			const body = await postJson(PATHS.minimize, minimize.request({ ...setup, variables }, every), signal);
			traced[i] = minimize.result(body).trajectory;
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
	return traced;
}

export async function runMultistart(setup, ui, signal) {
	const names = setup.variables.map((variable) => variable.name);
	const ranges = setup.variables.map((variable) => [variable.lower, variable.upper]);
	setStatus('running', `Running ${setup.starts} starts…`);
	const [body] = await Promise.all([
		postJson(PATHS.multistart, multistart.request(setup), signal),
		ui.plot.draw(setup.expression, names, ranges, signal),
	]);
	const result = multistart.result(body);
	setStatus('running', 'Tracing the paths…');
	const traced = await tracePaths(setup, result.runs, signal);
	const paths = result.runs.map((run, i) => traced[i]
		|| [{ step: 0, point: run.start, value: NaN }, { step: 1, point: run.point, value: run.value }]);
	const handles = paths.map(() => ui.plot.addPath([], 'path multi'));
	paths.forEach((path) => ui.plot.markStart(path[0], 'start-dot'));
	ui.loss.draw(traced.filter(Boolean).map((path) => path.map((entry) => ({ x: entry.step, y: entry.value }))),
		{ xName: 'step', yName: 'f' });
	const longest = Math.max(1, ...paths.map((path) => path.length));
	const show = (count) => paths.forEach((path, i) => ui.plot.setPath(handles[i], path.slice(0, count)));
	if (ui.animate() && longest > 2) {
		setStatus('animating', 'Rolling…');
		await replay(longest, (count) => {
			show(count);
			ui.loss.reveal(count);
		}, signal);
	}
	show(longest);
	ui.loss.reveal(Infinity);
	paths.forEach((path) => ui.plot.markEnd(path[path.length - 1]));
	const minima = [...result.minima].sort((a, b) => a.value - b.value);
	minima.forEach((minimum, i) => ui.plot.markMinimum({ point: minimum.point, value: minimum.value }, `#${i + 1}`,
		i === 0));
	showSummary([
		['minima', 'Distinct minima', String(minima.length)],
		['point', 'Best point', formatPoint(result.best.point)],
		['value', 'Best value', formatNumber(result.best.value)],
		['starts', 'Starts', String(result.runs.length || setup.starts)],
	], minima.length > 1 ? 'Different starts roll into different valleys: the marks show where they settled.' : '');
	showDetails(table(['#', 'Minimum', 'Value', 'Starts'], minima.map((minimum, i) =>
		[`#${i + 1}`, formatPoint(minimum.point), formatNumber(minimum.value), String(minimum.starts ?? '—')]),
	'minima'));
	setStatus('done', `${minima.length} distinct minima from ${result.runs.length || setup.starts} starts; `
		+ `best f = ${formatNumber(result.best.value)}`);
}
