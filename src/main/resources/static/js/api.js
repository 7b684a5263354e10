// Talking to the service: JSON calls, the event stream of a minimization, and which
// optional endpoints this server has.

import { PATHS, problem } from './fields.js';

// Thrown when the service answers with a problem (RFC 9457).
export class ProblemError extends Error {
	constructor(status, body) {
		const read = problem.read(body || {});
		super(read.detail);
		this.status = status;
		this.problem = read;
	}
}

async function problemFrom(response) {
	let body = null;
	try {
		body = await response.json();
	}
	catch (ignored) {
		body = { title: 'Request failed', detail: `The service answered ${response.status} without details.` };
	}
	return new ProblemError(response.status, body);
}

// POSTs JSON and returns the parsed answer; throws ProblemError for a problem.
export async function postJson(path, body, signal) {
	const response = await fetch(path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify(body),
		signal,
	});
	if (!response.ok) {
		throw await problemFrom(response);
	}
	return response.json();
}

// Splits a text/event-stream into events: {event, data, id}.
export function parseEvents(buffer) {
	const events = [];
	let rest = buffer.replace(/\r\n?/g, '\n');
	let end = rest.indexOf('\n\n');
	while (end >= 0) {
		const block = rest.slice(0, end);
		rest = rest.slice(end + 2);
		const event = { event: 'message', data: '', id: null };
		const data = [];
		for (const line of block.split('\n')) {
			if (line === '' || line.startsWith(':')) {
				continue;
			}
			const colon = line.indexOf(':');
			const name = colon < 0 ? line : line.slice(0, colon);
			const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
			if (name === 'event') {
				event.event = value;
			}
			else if (name === 'data') {
				data.push(value);
			}
			else if (name === 'id') {
				event.id = value;
			}
		}
		if (data.length > 0) {
			event.data = data.join('\n');
			events.push(event);
		}
		end = rest.indexOf('\n\n');
	}
	return { events, rest };
}

// POSTs a minimization asking for its event stream; calls onProgress for each
// 'progress' event and resolves with the data of the 'result' event. Aborting the
// signal closes the connection, which stops the run on the server.
export async function streamMinimize(body, onProgress, signal) {
	const response = await fetch(PATHS.minimize, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
		body: JSON.stringify(body),
		signal,
	});
	if (!response.ok) {
		throw await problemFrom(response);
	}
	if (!(response.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
		return response.json();
	}
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			break;
		}
		buffer += decoder.decode(value, { stream: true });
		const parsed = parseEvents(buffer);
		buffer = parsed.rest;
		for (const event of parsed.events) {
			const data = JSON.parse(event.data);
			if (event.event === 'progress') {
				onProgress(data);
			}
			else if (event.event === 'result') {
				return data;
			}
			else if (event.event === 'problem') {
				throw new ProblemError(data.status || 500, data);
			}
		}
	}
	throw new ProblemError(0, { title: 'Stream ended', detail: 'The stream ended before the result arrived.' });
}

// Which optional endpoints this server offers, read from its OpenAPI description.
export async function availableEndpoints() {
	try {
		const response = await fetch(PATHS.apiDocs, { headers: { Accept: 'application/json' } });
		if (!response.ok) {
			return { multistart: false, fit: false };
		}
		const paths = Object.keys((await response.json()).paths || {});
		return { multistart: paths.includes(PATHS.multistart), fit: paths.includes(PATHS.fit) };
	}
	catch (ignored) {
		return { multistart: false, fit: false };
	}
}
