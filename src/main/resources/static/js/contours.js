// Colors, levels and contour lines of a function sampled on a grid. The same palette
// as the server's SVG plots: deep blue for low values through teal and green to a pale
// yellow for high ones.

const STOPS = [[0x1b, 0x1f, 0x4b], [0x25, 0x4f, 0x8f], [0x1e, 0x8c, 0x8d], [0x5d, 0xbd, 0x6b], [0xf1, 0xe6, 0x6d]];

export const UNDEFINED_COLOR = [0xd9, 0xd9, 0xd9];

export function color(fraction) {
	const t = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
	const i = Math.min(STOPS.length - 2, Math.floor(t));
	const local = t - i;
	return STOPS[i].map((channel, c) => Math.round(channel + local * (STOPS[i + 1][c] - channel)));
}

export function css(rgb) {
	return `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;
}

// The sorted finite values of a grid, for ranks and quantiles.
export function sortedFinite(grid) {
	return grid.flat().filter(Number.isFinite).sort((a, b) => a - b);
}

// Where a value ranks among sorted values, from 0 (lowest) to 1 (highest): colors by
// rank show both a deep narrow valley and a wide plateau.
export function rank(sorted, value) {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < value) {
			lo = mid + 1;
		}
		else {
			hi = mid;
		}
	}
	return sorted.length > 1 ? lo / (sorted.length - 1) : 0;
}

// Levels for contour lines: quantiles of the values, without repeats.
export function levels(sorted, count) {
	const result = [];
	for (let k = 1; k < count; k++) {
		const level = sorted[Math.floor((k * sorted.length) / count)];
		if (level > sorted[0] && (result.length === 0 || level > result[result.length - 1])) {
			result.push(level);
		}
	}
	return result;
}

// Edges of a cell: 0 bottom, 1 right, 2 top, 3 left; edge e joins corner e and corner
// (e + 1) % 4, corners counted counterclockwise from the bottom left.
const SEGMENTS = [[], [3, 0], [0, 1], [3, 1], [1, 2], [], [0, 2], [3, 2]];
const CORNERS = [[0, 0], [1, 0], [1, 1], [0, 1]];

function crossing(corners, i, j, level, edge) {
	const a = edge;
	const b = (edge + 1) % 4;
	const t = (level - corners[a]) / (corners[b] - corners[a]);
	return [i + CORNERS[a][0] + t * (CORNERS[b][0] - CORNERS[a][0]),
		j + CORNERS[a][1] + t * (CORNERS[b][1] - CORNERS[a][1])];
}

// Contour segments of one level by marching squares, in grid units: grid[j][i] is the
// value at column i, row j (row 0 at the bottom). Cells with a corner that is not
// finite have none; at a saddle the mean of the corners decides.
export function segments(grid, level) {
	const result = [];
	for (let j = 0; j < grid.length - 1; j++) {
		for (let i = 0; i < grid[j].length - 1; i++) {
			const corners = [grid[j][i], grid[j][i + 1], grid[j + 1][i + 1], grid[j + 1][i]];
			if (!corners.every(Number.isFinite)) {
				continue;
			}
			let index = 0;
			corners.forEach((value, c) => {
				if (value > level) {
					index |= 1 << c;
				}
			});
			let pairs;
			if (index === 5 || index === 10) {
				const centerAbove = (corners[0] + corners[1] + corners[2] + corners[3]) / 4 > level;
				pairs = (centerAbove === (index === 5)) ? [[0, 1], [2, 3]] : [[3, 0], [1, 2]];
			}
			else {
				const edges = SEGMENTS[index < 8 ? index : 15 - index];
				pairs = edges.length === 2 ? [edges] : [];
			}
			for (const [from, to] of pairs) {
				result.push([...crossing(corners, i, j, level, from), ...crossing(corners, i, j, level, to)]);
			}
		}
	}
	return result;
}
