// One run of /minimize, watched: the function is drawn while the run streams its
// progress, then the recorded path is replayed step by step.

import { minimize } from './fields.js';
import { streamMinimize } from './api.js';
import { formatNumber, formatPoint } from './svg.js';
import { STATUS_HELP, setStatus, showSummary, showWarnings } from './report.js';

// About how many iterates to record for the replay.
const PATH_POINTS = 300;

// Progress events after which the run counts as watched live, and is not replayed.
const WATCHED_LIVE = 30;

function startEntry(setup) {
	return { step: 0, point: Object.fromEntries(setup.variables.map((v) => [v.name, v.start])), value: NaN };
}

export async function runMinimize(setup, ui, signal) {
	const names = setup.variables.map((variable) => variable.name);
	const ranges = setup.variables.map((variable) => [variable.lower, variable.upper]);
	const steps = setup.steps ?? 1000;
	const request = minimize.request(setup, Math.max(1, Math.ceil(steps / PATH_POINTS)));
	const live = [];
	let path = null;
	const render = () => {
		const entries = [startEntry(setup), ...live];
		ui.plot.setPath(path, entries);
		ui.plot.moveBall(entries[entries.length - 1]);
		ui.loss.draw([live.map((entry) => ({ x: entry.step, y: entry.value }))], { xName: 'step', yName: 'f' });
		const last = live[live.length - 1];
		setStatus('running', `Rolling… step ${last.step}: f = ${formatNumber(last.value)}`);
	};
	setStatus('running', 'Drawing the function and starting the run…');
	const drawing = ui.plot.draw(setup.expression, names, ranges, signal).then(() => {
		path = ui.plot.addPath([]);
		ui.plot.markStart(startEntry(setup));
		if (live.length > 0) {
			render();
		}
	});
	const running = streamMinimize(request, (event) => {
		live.push(minimize.step(event));
		if (path) {
			render();
		}
	}, signal);
	const [drawn, ran] = await Promise.allSettled([drawing, running]);
	if (ran.status === 'rejected') {
		throw ran.reason;
	}
	if (drawn.status === 'rejected') {
		throw drawn.reason;
	}
	const result = minimize.result(ran.value);
	const trajectory = result.trajectory.length > 0 ? result.trajectory : [startEntry(setup)];
	ui.plot.clearOverlay();
	ui.plot.markStart(trajectory[0]);
	path = ui.plot.addPath([]);
	ui.loss.draw([trajectory.map((entry) => ({ x: entry.step, y: entry.value }))], { xName: 'step', yName: 'f' });
	const show = (count) => {
		const shown = trajectory.slice(0, count);
		ui.plot.setPath(path, shown);
		ui.plot.moveBall(shown[shown.length - 1]);
		ui.loss.reveal(count);
	};
	if (ui.animate() && live.length < WATCHED_LIVE && trajectory.length > 2) {
		setStatus('animating', 'Rolling…');
		await replay(trajectory.length, (count) => {
			show(count);
			const entry = trajectory[count - 1];
			setStatus('animating', `Step ${entry.step}: f = ${formatNumber(entry.value)}`);
		}, signal);
	}
	show(trajectory.length);
	if (trajectory.some((entry) => ui.plot.drawable(entry) && !ui.plot.inView(entry))) {
		ui.plot.note.textContent = 'The path leaves the plotted area; widen "from" and "to" to see all of it.';
	}
	const criterion = result.criterion ? ` (${result.criterion.toLowerCase().replace('_', ' ')})` : '';
	showSummary([
		['status', 'Status', result.status + criterion],
		['steps', 'Steps', String(result.steps)],
		['point', 'Point', formatPoint(result.point)],
		['value', 'Value', formatNumber(result.value)],
		['gradient', 'Gradient norm', formatNumber(result.gradientNorm)],
		['evaluations', 'Evaluations', String(result.evaluations)],
	], STATUS_HELP[result.status]);
	showWarnings(result.warnings);
	setStatus('done', `${result.status} after ${result.steps} steps: f = ${formatNumber(result.value)}`);
}

// Calls frame(count) for count = 1..total over a time that grows with the total, at
// most four seconds; stops early when the signal aborts. Driven by a timer rather than
// animation frames, so that it also ends in a hidden tab or a headless browser.
export function replay(total, frame, signal) {
	const duration = Math.max(800, Math.min(4000, total * 35));
	return new Promise((resolve) => {
		const started = performance.now();
		const tick = () => {
			if (signal.aborted) {
				resolve();
				return;
			}
			const count = Math.min(total, 1 + Math.floor(((performance.now() - started) / duration) * total));
			frame(count);
			if (count >= total) {
				resolve();
			}
			else {
				setTimeout(tick, 16);
			}
		};
		tick();
	});
}
