// Small helpers for drawing with SVG: elements, linear scales, round-number ticks and
// number formatting.

const NS = 'http://www.w3.org/2000/svg';

export function element(name, attributes = {}, parent = null) {
	const node = document.createElementNS(NS, name);
	for (const [key, value] of Object.entries(attributes)) {
		if (value !== undefined && value !== null) {
			node.setAttribute(key, String(value));
		}
	}
	if (parent) {
		parent.appendChild(node);
	}
	return node;
}

export function text(content, attributes, parent) {
	const node = element('text', attributes, parent);
	node.textContent = content;
	return node;
}

export function clear(node) {
	while (node.firstChild) {
		node.removeChild(node.firstChild);
	}
}

// A linear map from a domain [d0, d1] to a range of pixels [r0, r1], kept within a
// large but finite band so that far-away points still draw.
export function linear(d0, d1, r0, r1) {
	const scale = (value) => {
		const pixel = r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
		return Math.max(-1e5, Math.min(1e5, pixel));
	};
	scale.domain = [d0, d1];
	scale.range = [r0, r1];
	return scale;
}

// The step between round-number ticks: 1, 2 or 5 times a power of ten.
export function tickStep(lo, hi, count) {
	const raw = (hi - lo) / Math.max(1, count);
	const power = 10 ** Math.floor(Math.log10(raw));
	const fraction = raw / power;
	const nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
	return nice * power;
}

export function ticks(lo, hi, count) {
	const step = tickStep(lo, hi, count);
	const values = [];
	for (let tick = Math.ceil(lo / step) * step; tick <= hi + step * 1e-9; tick += step) {
		values.push(Math.abs(tick) < step * 1e-9 ? 0 : tick);
		if (values.length > count * 3) {
			break;
		}
	}
	return { step, values };
}

export function tickLabel(value, step) {
	if (value === 0) {
		return '0';
	}
	if (Math.max(Math.abs(value), step) >= 1e6 || step < 1e-4) {
		return value.toExponential(1).replace('e+', 'e');
	}
	const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
	return value.toFixed(decimals);
}

// A number for people: four significant digits, scientific notation only when very
// large or small; a dash for a missing (not finite) number.
export function formatNumber(value) {
	if (value === null || value === undefined || !Number.isFinite(value)) {
		return '—';
	}
	if (value !== 0 && (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-3)) {
		return value.toExponential(3).replace('e+', 'e');
	}
	return String(Number(value.toPrecision(4)));
}

export function formatPoint(point) {
	if (!point) {
		return '—';
	}
	return Object.entries(point).map(([name, value]) => `${name} = ${formatNumber(value)}`).join(', ');
}

// Draws a frame with ticks, grid lines and axis names into a group.
export function axes(parent, x, y, options) {
	const group = element('g', { class: 'axes' }, parent);
	const [left, right] = x.range;
	const [bottom, top] = y.range;
	const xTicks = options.xTicks || ticks(x.domain[0], x.domain[1], 8);
	const yTicks = options.yTicks || ticks(y.domain[0], y.domain[1], 6);
	if (options.grid) {
		for (const tick of xTicks.values) {
			element('line', { x1: x(tick), x2: x(tick), y1: top, y2: bottom, class: 'grid' }, group);
		}
		for (const tick of yTicks.values) {
			element('line', { x1: left, x2: right, y1: y(tick), y2: y(tick), class: 'grid' }, group);
		}
	}
	element('rect', { x: left, y: top, width: right - left, height: bottom - top, class: 'frame' }, group);
	for (const tick of xTicks.values) {
		element('line', { x1: x(tick), x2: x(tick), y1: bottom, y2: bottom + 5, class: 'tick' }, group);
		text(xTicks.label ? xTicks.label(tick) : tickLabel(tick, xTicks.step),
			{ x: x(tick), y: bottom + 18, class: 'tick-label', 'text-anchor': 'middle' }, group);
	}
	for (const tick of yTicks.values) {
		element('line', { x1: left - 5, x2: left, y1: y(tick), y2: y(tick), class: 'tick' }, group);
		text(yTicks.label ? yTicks.label(tick) : tickLabel(tick, yTicks.step),
			{ x: left - 8, y: y(tick) + 4, class: 'tick-label', 'text-anchor': 'end' }, group);
	}
	text(options.xName, { x: (left + right) / 2, y: bottom + 36, class: 'axis-name', 'text-anchor': 'middle' }, group);
	text(options.yName, {
		x: 0, y: 0, class: 'axis-name', 'text-anchor': 'middle',
		transform: `translate(14 ${(top + bottom) / 2}) rotate(-90)`,
	}, group);
	return group;
}
