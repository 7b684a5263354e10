// The main picture: a function of one variable as a curve, or of two as a heat map
// with contour lines, with paths, a ball and markers drawn over it. Values come from
// the service's /evaluate endpoint.

import { PATHS, evaluate } from './fields.js';
import { postJson, ProblemError } from './api.js';
import { axes, clear, element, formatNumber, linear, text } from './svg.js';
import { UNDEFINED_COLOR, color, css, levels, rank, segments, sortedFinite } from './contours.js';

export const WIDTH = 640;
export const HEIGHT = 420;

// Grid nodes per axis of a heat map, and samples along a curve.
const GRID = 64;
const SAMPLES = 241;

// Values of an expression at points. Where the function is not finite the service
// answers 422 naming the first such point; that point is dropped and the rest asked
// again, a few times at most.
export async function evaluateAt(expression, points, signal) {
	const values = new Array(points.length).fill(NaN);
	const remaining = points.map((point, index) => index);
	for (let attempt = 0; attempt < 12; attempt++) {
		try {
			const body = await postJson(PATHS.evaluate,
				evaluate.request(expression, remaining.map((index) => points[index])), signal);
			evaluate.values(body).forEach((value, k) => {
				values[remaining[k]] = value;
			});
			return { values, complete: true };
		}
		catch (error) {
			const match = error instanceof ProblemError && error.status === 422
				&& /^points\[(\d+)]/.exec(error.problem.field || '');
			if (!match) {
				throw error;
			}
			remaining.splice(Number(match[1]), 1);
			if (remaining.length === 0) {
				return { values, complete: true };
			}
		}
	}
	return { values, complete: false };
}

function steps(lo, hi, count) {
	return Array.from({ length: count }, (unused, i) => lo + ((hi - lo) * i) / (count - 1));
}

export class FunctionPlot {
	constructor(svg, note) {
		this.svg = svg;
		this.note = note;
		svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
	}

	reset(message) {
		clear(this.svg);
		this.note.textContent = '';
		text(message, { x: WIDTH / 2, y: HEIGHT / 2, class: 'placeholder', 'text-anchor': 'middle' }, this.svg);
	}

	frame(rightMargin) {
		clear(this.svg);
		this.note.textContent = '';
		this.box = { left: 60, right: WIDTH - rightMargin, top: 14, bottom: HEIGHT - 46 };
		const clip = element('clipPath', { id: 'plot-clip' }, element('defs', {}, this.svg));
		element('rect', {
			x: this.box.left, y: this.box.top,
			width: this.box.right - this.box.left, height: this.box.bottom - this.box.top,
		}, clip);
		this.background = element('g', { class: 'background' }, this.svg);
		this.overlay = element('g', { class: 'overlay', 'clip-path': 'url(#plot-clip)' }, this.svg);
		this.markers = element('g', { class: 'markers' }, this.svg);
	}

	// Draws the function over the view: ranges holds [lower, upper] per variable.
	async draw(expression, names, ranges, signal) {
		this.names = names;
		this.ranges = ranges;
		if (names.length === 1) {
			await this.drawCurve(expression, names[0], ranges[0], signal);
		}
		else {
			await this.drawMap(expression, names, ranges, signal);
		}
	}

	async drawCurve(expression, name, range, signal) {
		const xs = steps(range[0], range[1], SAMPLES);
		const { values, complete } = await evaluateAt(expression, xs.map((x) => ({ [name]: x })), signal);
		this.samples = { xs, values };
		const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
		let lo = sorted.length ? sorted[Math.floor(sorted.length * 0.01)] : -1;
		let hi = sorted.length ? sorted[sorted.length - 1 - Math.floor(sorted.length * 0.01)] : 1;
		if (!(hi > lo)) {
			lo -= 1;
			hi += 1;
		}
		const pad = (hi - lo) * 0.08;
		this.frame(20);
		this.x = linear(range[0], range[1], this.box.left, this.box.right);
		this.y = linear(lo - pad, hi + pad, this.box.bottom, this.box.top);
		axes(this.background, this.x, this.y, { grid: true, xName: name, yName: `f(${name})` });
		let d = '';
		let drawing = false;
		xs.forEach((x, i) => {
			const value = values[i];
			if (!Number.isFinite(value)) {
				drawing = false;
				return;
			}
			const leap = drawing && ((values[i - 1] > hi + pad && value < lo - pad)
				|| (values[i - 1] < lo - pad && value > hi + pad));
			d += `${drawing && !leap ? 'L' : 'M'}${this.x(x).toFixed(1)} ${this.y(value).toFixed(1)}`;
			drawing = true;
		});
		element('path', { d, class: 'curve', 'clip-path': 'url(#plot-clip)' }, this.background);
		if (!complete) {
			this.note.textContent = `f is not finite at many points from ${name} = ${formatNumber(range[0])} to `
				+ `${formatNumber(range[1])}; only part of the curve is drawn. Narrow "from" and "to".`;
		}
	}

	async drawMap(expression, names, ranges, signal) {
		const xs = steps(ranges[0][0], ranges[0][1], GRID);
		const ys = steps(ranges[1][0], ranges[1][1], GRID);
		const points = [];
		for (const y of ys) {
			for (const x of xs) {
				points.push({ [names[0]]: x, [names[1]]: y });
			}
		}
		const { values, complete } = await evaluateAt(expression, points, signal);
		const grid = ys.map((unused, j) => values.slice(j * GRID, (j + 1) * GRID));
		this.frame(100);
		this.x = linear(ranges[0][0], ranges[0][1], this.box.left, this.box.right);
		this.y = linear(ranges[1][0], ranges[1][1], this.box.bottom, this.box.top);
		const sorted = sortedFinite(grid);
		const canvas = document.createElement('canvas');
		canvas.width = GRID;
		canvas.height = GRID;
		const context = canvas.getContext('2d');
		const image = context.createImageData(GRID, GRID);
		grid.forEach((row, j) => row.forEach((value, i) => {
			const rgb = Number.isFinite(value) ? color(rank(sorted, value)) : UNDEFINED_COLOR;
			const offset = ((GRID - 1 - j) * GRID + i) * 4;
			image.data.set([rgb[0], rgb[1], rgb[2], 255], offset);
		}));
		context.putImageData(image, 0, 0);
		const cellWidth = (this.box.right - this.box.left) / (GRID - 1);
		const cellHeight = (this.box.bottom - this.box.top) / (GRID - 1);
		element('image', {
			href: canvas.toDataURL('image/png'), class: 'heatmap', preserveAspectRatio: 'none',
			x: this.box.left - cellWidth / 2, y: this.box.top - cellHeight / 2,
			width: cellWidth * GRID, height: cellHeight * GRID, 'clip-path': 'url(#plot-clip)',
		}, this.background);
		const contours = element('g', { class: 'contours', 'clip-path': 'url(#plot-clip)' }, this.background);
		const toX = (column) => this.box.left + column * cellWidth;
		const toY = (row) => this.box.bottom - row * cellHeight;
		for (const level of levels(sorted, 12)) {
			const d = segments(grid, level).map(([x1, y1, x2, y2]) =>
				`M${toX(x1).toFixed(1)} ${toY(y1).toFixed(1)}L${toX(x2).toFixed(1)} ${toY(y2).toFixed(1)}`).join('');
			element('path', { d, class: 'contour' }, contours);
		}
		axes(this.background, this.x, this.y, { xName: names[0], yName: names[1] });
		this.colorBar(sorted);
		if (!complete) {
			this.note.textContent = 'f is not finite at many points of this view, so the map is left grey; '
				+ 'narrow "from" and "to" to where f is defined.';
		}
		else if (sorted.length < grid.length * GRID) {
			this.note.textContent = 'Grey areas: f has no finite value there.';
		}
	}

	colorBar(sorted) {
		const left = this.box.right + 14;
		const height = this.box.bottom - this.box.top;
		const bar = element('g', { class: 'color-bar' }, this.background);
		for (let k = 0; k < 24; k++) {
			element('rect', {
				x: left, y: this.box.bottom - ((k + 1) * height) / 24, width: 14, height: height / 24 + 0.5,
				fill: css(color((k + 0.5) / 24)),
			}, bar);
		}
		element('rect', { x: left, y: this.box.top, width: 14, height, class: 'frame' }, bar);
		if (sorted.length > 0) {
			const label = (value, y) => text(formatNumber(value), { x: left + 18, y, class: 'bar-label' }, bar);
			label(sorted[sorted.length - 1], this.box.top + 8);
			label(sorted[Math.floor(sorted.length / 2)], (this.box.top + this.box.bottom) / 2 + 3);
			label(sorted[0], this.box.bottom);
		}
	}

	// The value of a one-variable function at x, read off the drawn curve.
	valueAt(x) {
		const { xs, values } = this.samples;
		const t = ((x - xs[0]) / (xs[xs.length - 1] - xs[0])) * (xs.length - 1);
		const i = Math.max(0, Math.min(xs.length - 2, Math.floor(t)));
		return values[i] + (t - i) * (values[i + 1] - values[i]);
	}

	// Where an iterate {point, value} is drawn: on the curve for one variable, at its
	// coordinates for two.
	pixel(entry) {
		const first = entry.point[this.names[0]];
		if (this.names.length === 1) {
			const value = Number.isFinite(entry.value) ? entry.value : this.valueAt(first);
			return [this.x(first), this.y(value)];
		}
		return [this.x(first), this.y(entry.point[this.names[1]])];
	}

	inView(entry) {
		return this.names.every((name, i) => {
			const value = entry.point[name];
			return Number.isFinite(value) && value >= this.ranges[i][0] && value <= this.ranges[i][1];
		});
	}

	drawable(entry) {
		return entry && entry.point && this.names.every((name) => Number.isFinite(entry.point[name]));
	}

	// A path through iterates; returns a handle for setPath.
	addPath(entries, className = 'path') {
		const node = element('polyline', { class: className }, this.overlay);
		const handle = { node };
		this.setPath(handle, entries);
		return handle;
	}

	setPath(handle, entries) {
		const points = entries.filter((entry) => this.drawable(entry)).map((entry) => this.pixel(entry));
		handle.node.setAttribute('points', points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '));
		handle.node.dataset.count = String(points.length);
	}

	moveBall(entry) {
		if (!this.drawable(entry)) {
			return;
		}
		if (!this.ball) {
			this.ball = element('circle', { r: 7, class: 'ball' }, this.overlay);
		}
		const [x, y] = this.pixel(entry);
		this.ball.setAttribute('cx', x.toFixed(1));
		this.ball.setAttribute('cy', y.toFixed(1));
		this.overlay.appendChild(this.ball);
	}

	clearOverlay() {
		clear(this.overlay);
		clear(this.markers);
		this.ball = null;
	}

	markStart(entry, className = 'start-marker') {
		if (this.drawable(entry)) {
			const [x, y] = this.pixel(entry);
			element('circle', { cx: x, cy: y, r: className === 'start-marker' ? 6 : 3.5, class: className },
				this.overlay);
		}
	}

	markEnd(entry) {
		if (this.drawable(entry)) {
			const [x, y] = this.pixel(entry);
			element('circle', { cx: x, cy: y, r: 3.5, class: 'end-marker' }, this.overlay);
		}
	}

	markMinimum(entry, label, best) {
		if (!this.drawable(entry)) {
			return;
		}
		const [x, y] = this.pixel(entry);
		const size = best ? 9 : 7;
		element('path', {
			d: `M${x} ${y - size}L${x + size} ${y}L${x} ${y + size}L${x - size} ${y}Z`,
			class: best ? 'minimum best' : 'minimum',
		}, this.markers);
		text(label, { x: x + size + 3, y: y - size + 2, class: 'minimum-label' }, this.markers);
	}

	// Data points and a fitted curve, for a fit.
	drawFit(xs, ys, featureName, targetName, curve) {
		const all = ys.concat(curve ? curve.values.filter(Number.isFinite) : []);
		const xLo = Math.min(...xs);
		const xHi = Math.max(...xs);
		let yLo = Math.min(...all);
		let yHi = Math.max(...all);
		if (!(yHi > yLo)) {
			yLo -= 1;
			yHi += 1;
		}
		const xPad = (xHi - xLo || 2) * 0.05;
		const yPad = (yHi - yLo) * 0.08;
		this.frame(20);
		this.names = [featureName];
		this.x = linear(xLo - xPad, xHi + xPad, this.box.left, this.box.right);
		this.y = linear(yLo - yPad, yHi + yPad, this.box.bottom, this.box.top);
		axes(this.background, this.x, this.y, { grid: true, xName: featureName, yName: targetName });
		xs.forEach((x, i) => {
			element('circle', { cx: this.x(x), cy: this.y(ys[i]), r: 4, class: 'data-point' }, this.overlay);
		});
		if (curve) {
			let d = '';
			let drawing = false;
			curve.xs.forEach((x, i) => {
				if (!Number.isFinite(curve.values[i])) {
					drawing = false;
					return;
				}
				d += `${drawing ? 'L' : 'M'}${this.x(x).toFixed(1)} ${this.y(curve.values[i]).toFixed(1)}`;
				drawing = true;
			});
			element('path', { d, class: 'fit-curve' }, this.overlay);
		}
	}
}
