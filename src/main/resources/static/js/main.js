// Wires the page together: tabs, examples, the form, running and stopping, sharing.

import { ProblemError, availableEndpoints } from './api.js';
import { PATHS } from './fields.js';
import { clearErrors, fillChoices, readSetup, showDimension, showProblem, writeSetup } from './form.js';
import { FunctionPlot } from './function-plot.js';
import { LossChart } from './loss-chart.js';
import { PRESETS } from './presets.js';
import { fromHash, toHash } from './share.js';
import { clearResults, setStatus } from './report.js';
import { runMinimize } from './minimize-view.js';
import { runMultistart } from './multistart-view.js';
import { runFit } from './fit-view.js';

const $ = (selector) => document.querySelector(selector);

const VIEWS = { minimize: runMinimize, multistart: runMultistart, fit: runFit };

const ui = {
	plot: new FunctionPlot($('#plot'), $('#plot-note')),
	loss: new LossChart($('#loss-plot')),
	animate: () => $('#animate').checked,
};

let mode = 'minimize';
let available = { minimize: true, multistart: false, fit: false };
let running = null;
let runs = 0;

function setMode(next) {
	mode = available[next] ? next : 'minimize';
	document.querySelectorAll('.tab').forEach((tab) =>
		tab.setAttribute('aria-selected', String(tab.dataset.mode === mode)));
	document.querySelectorAll('[data-modes]').forEach((section) => {
		section.hidden = !section.dataset.modes.split(' ').includes(mode);
	});
	$('#loss-title').textContent = mode === 'fit' ? 'Loss per epoch' : 'Value per step';
}

function offerEndpoints() {
	for (const [name, path] of [['multistart', PATHS.multistart], ['fit', PATHS.fit]]) {
		const tab = $(`.tab[data-mode="${name}"]`);
		tab.disabled = !available[name];
		tab.title = available[name] ? '' : `This server has no ${path} endpoint.`;
	}
	document.querySelectorAll('.presets button').forEach((button) => {
		const preset = PRESETS[button.dataset.preset];
		button.disabled = !available[preset.setup.mode];
		button.title = button.disabled ? 'This server cannot fit models.' : preset.hint;
	});
}

async function run() {
	if (running) {
		running.abort();
	}
	clearErrors();
	let setup;
	try {
		setup = readSetup(mode);
	}
	catch (errors) {
		showProblem(errors);
		setStatus('error', 'Fix the marked fields, then run again.');
		return;
	}
	history.replaceState(null, '', toHash(setup));
	const controller = new AbortController();
	running = controller;
	runs += 1;
	$('#status').dataset.run = String(runs);
	$('#stop').disabled = false;
	clearResults();
	ui.loss.reset('');
	try {
		await VIEWS[mode](setup, ui, controller.signal);
	}
	catch (error) {
		if (controller.signal.aborted) {
			if (running === controller || running === null) {
				setStatus('stopped', 'Stopped. Closing the stream stopped the run on the server too.');
			}
		}
		else if (error instanceof ProblemError) {
			ui.plot.reset('Nothing to draw until the marked field is fixed.');
			ui.loss.reset('');
			showProblem(error.problem, setup.expression);
			setStatus('error', `${error.problem.title}: see the message next to the field.`);
		}
		else if (Array.isArray(error)) {
			ui.plot.reset('Nothing to draw until the marked field is fixed.');
			showProblem(error);
			setStatus('error', 'Fix the marked fields, then run again.');
		}
		else {
			setStatus('error', `Could not reach the service (${error.message}). Is it running?`);
		}
	}
	finally {
		if (running === controller) {
			running = null;
			$('#stop').disabled = true;
		}
	}
}

function applyPreset(name) {
	const preset = PRESETS[name];
	writeSetup(preset.setup);
	setMode(preset.setup.mode);
	$('#preset-hint').textContent = preset.hint;
	run();
}

function share() {
	clearErrors();
	try {
		const link = `${location.origin}${location.pathname}${toHash(readSetup(mode))}`;
		$('#share-link').value = link;
		$('#share-link').hidden = false;
		$('#share-link').select();
		if (navigator.clipboard) {
			navigator.clipboard.writeText(link).then(() => {
				$('#share').textContent = 'Link copied';
			}, () => {
				$('#share').textContent = 'Copy the link';
			});
		}
	}
	catch (errors) {
		showProblem(errors);
	}
}

async function start() {
	fillChoices();
	document.querySelectorAll('.presets button').forEach((button) => {
		button.textContent = PRESETS[button.dataset.preset].label;
		button.addEventListener('click', () => applyPreset(button.dataset.preset));
	});
	document.querySelectorAll('.tab').forEach((tab) => tab.addEventListener('click', () => setMode(tab.dataset.mode)));
	document.querySelectorAll('input[name="dimension"]').forEach((radio) =>
		radio.addEventListener('change', showDimension));
	$('#setup').addEventListener('submit', (event) => {
		event.preventDefault();
		run();
	});
	$('#stop').addEventListener('click', () => {
		if (running) {
			const controller = running;
			running = null;
			$('#stop').disabled = true;
			controller.abort();
		}
	});
	$('#share').addEventListener('click', share);
	ui.plot.reset('Pick an example or type a function, then press Run.');
	ui.loss.reset('');
	available = { minimize: true, ...(await availableEndpoints()) };
	offerEndpoints();
	const shared = fromHash(location.hash);
	if (Object.keys(shared).length > 0) {
		writeSetup(shared);
		setMode(shared.mode || 'minimize');
		run();
	}
	else {
		applyPreset('bowl');
	}
	document.body.dataset.ready = 'true';
}

start();
