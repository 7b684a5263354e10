// The words around the pictures: the status line, the summary of a result and what a
// status means for the next try.

const $ = (selector) => document.querySelector(selector);

export const STATUS_HELP = {
	CONVERGED: 'Converged: the slope is practically flat here.',
	MAX_STEPS: 'Out of steps before it settled: allow more steps. If the path zig-zags, try a smaller '
		+ 'learning rate; if it creeps, a larger one.',
	DIVERGED: 'Diverged: the value blew up. The learning rate is too large for this function; try a smaller one.',
	NON_FINITE: 'Left the function\'s domain (the value became NaN or -∞): start elsewhere or take smaller steps.',
	STALLED: 'Stalled: it stopped moving where the slope is not flat. Try another optimizer or learning rate.',
	DEADLINE: 'Hit the time limit; this is the best point found so far.',
	CANCELLED: 'Stopped before the end.',
};

// state: idle, running, animating, done or error; the browser tests wait on it.
export function setStatus(state, message) {
	const status = $('#status');
	status.dataset.state = state;
	status.textContent = message;
}

// items: [key, label, value]; each value is shown in an element with id result-<key>.
export function showSummary(items, help) {
	const list = $('#summary');
	list.dataset.empty = String(items.length === 0);
	list.replaceChildren(...items.map(([key, label, value]) => {
		const item = document.createElement('div');
		const term = document.createElement('dt');
		term.textContent = label;
		const description = document.createElement('dd');
		description.id = `result-${key}`;
		description.textContent = value;
		item.append(term, description);
		return item;
	}));
	$('#status-help').textContent = help || '';
}

export function showDetails(...nodes) {
	$('#details').replaceChildren(...nodes);
}

export function showWarnings(warnings) {
	$('#warnings').replaceChildren(...warnings.map((warning) => {
		const item = document.createElement('li');
		item.textContent = warning;
		return item;
	}));
}

export function table(headings, rows, className) {
	const node = document.createElement('table');
	node.className = className;
	const head = node.createTHead().insertRow();
	headings.forEach((heading) => {
		const cell = document.createElement('th');
		cell.textContent = heading;
		head.appendChild(cell);
	});
	const body = node.createTBody();
	rows.forEach((row) => {
		const line = body.insertRow();
		row.forEach((value) => {
			line.insertCell().textContent = value;
		});
	});
	return node;
}

export function clearResults() {
	showSummary([]);
	showDetails();
	showWarnings([]);
}
