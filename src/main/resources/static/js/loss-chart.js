// The value per step (or the loss per epoch): one line per series, on a log scale
// when the positive values span three orders of magnitude or more.

import { axes, clear, element, linear, text } from './svg.js';

const WIDTH = 640;
const HEIGHT = 210;

export class LossChart {
	constructor(svg) {
		this.svg = svg;
		svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
	}

	reset(message) {
		clear(this.svg);
		this.lines = [];
		this.svg.dataset.scale = '';
		text(message, { x: WIDTH / 2, y: HEIGHT / 2, class: 'placeholder', 'text-anchor': 'middle' }, this.svg);
	}

	// series: arrays of {x, y}; options: xName, yName. Draws the axes for all the data
	// and every line in full; reveal() then shows a prefix of each.
	draw(series, options) {
		clear(this.svg);
		this.series = series.map((points) => points.filter((point) => Number.isFinite(point.y)));
		const ys = this.series.flat().map((point) => point.y);
		const xs = this.series.flat().map((point) => point.x);
		if (ys.length === 0) {
			this.reset('No finite values to plot');
			return;
		}
		const box = { left: 60, right: WIDTH - 20, top: 12, bottom: HEIGHT - 46 };
		const yMin = Math.min(...ys);
		const yMax = Math.max(...ys);
		this.log = yMin > 0 && yMax / yMin >= 1e3;
		this.svg.dataset.scale = this.log ? 'log' : 'linear';
		const xLo = Math.min(...xs);
		const xHi = Math.max(...xs) > xLo ? Math.max(...xs) : xLo + 1;
		const x = linear(xLo, xHi, box.left, box.right);
		let y;
		let yTicks;
		if (this.log) {
			const lo = Math.floor(Math.log10(yMin));
			const hi = Math.max(lo + 1, Math.ceil(Math.log10(yMax)));
			const every = Math.max(1, Math.ceil((hi - lo) / 6));
			const values = [];
			for (let power = lo; power <= hi; power += every) {
				values.push(power);
			}
			y = linear(lo, hi, box.bottom, box.top);
			yTicks = { step: every, values, label: (power) => `1e${power}` };
		}
		else {
			const pad = (yMax - yMin) * 0.06 || 1;
			y = linear(yMin - pad, yMax + pad, box.bottom, box.top);
		}
		this.x = x;
		this.y = y;
		axes(this.svg, x, y, {
			grid: true, xName: options.xName,
			yName: this.log ? `${options.yName} (log scale)` : options.yName, yTicks,
		});
		const clip = element('clipPath', { id: 'loss-clip' }, element('defs', {}, this.svg));
		element('rect', { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top }, clip);
		const group = element('g', { 'clip-path': 'url(#loss-clip)' }, this.svg);
		const thin = this.series.length > 1 ? ' thin' : '';
		this.lines = this.series.map((points, i) =>
			element('polyline', { class: `loss-line series-${Math.min(i, 7)}${thin}` }, group));
		this.cursor = element('circle', { r: 4, class: 'loss-cursor' }, group);
		this.reveal(Infinity);
	}

	// Shows the first count points of each series.
	reveal(count) {
		let last = null;
		this.lines.forEach((line, i) => {
			const shown = this.series[i].slice(0, count);
			line.setAttribute('points', shown.map((point) => `${this.x(point.x).toFixed(1)},`
				+ `${this.y(this.log ? Math.log10(point.y) : point.y).toFixed(1)}`).join(' '));
			line.dataset.count = String(shown.length);
			if (shown.length > 0) {
				last = shown[shown.length - 1];
			}
		});
		if (last && this.lines.length === 1) {
			this.cursor.setAttribute('cx', this.x(last.x).toFixed(1));
			this.cursor.setAttribute('cy', this.y(this.log ? Math.log10(last.y) : last.y).toFixed(1));
		}
		else {
			this.cursor.setAttribute('r', 0);
		}
	}
}
