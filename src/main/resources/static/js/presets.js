// Examples to start from, each with something to try.

const LINE_DATA = [
	'x,y',
	'-2.0,-3.21', '-1.6,-2.02', '-1.2,-1.58', '-0.8,-0.41', '-0.4,0.12',
	'0.0,1.08', '0.4,1.61', '0.8,2.73', '1.2,3.29', '1.6,4.35',
	'2.0,4.88', '2.4,5.91', '2.8,6.42', '3.2,7.55', '3.6,8.12',
].join('\n');

export const PRESETS = {
	bowl: {
		label: 'Bowl',
		hint: 'A round bowl: every learning rate up to 0.5 rolls straight in. '
			+ 'Try 0.9 to see it zig-zag, 1.1 to see it fly off.',
		setup: {
			mode: 'minimize', expression: '(x - 1)^2 + (y + 0.5)^2',
			variables: [{ name: 'x', start: 3.5, lower: -2, upper: 4 }, { name: 'y', start: 2, lower: -3, upper: 3 }],
			method: 'GRADIENT_DESCENT', learningRate: 0.1, steps: 60,
		},
	},
	overshoot: {
		label: 'Overshoot (1-D)',
		hint: 'With learning rate 0.95 each step jumps past the bottom. Try 0.5 (one jump), 0.05 (creeping) and 1.05.',
		setup: {
			mode: 'minimize', expression: 'x^2',
			variables: [{ name: 'x', start: -3, lower: -3.5, upper: 3.5 }],
			method: 'GRADIENT_DESCENT', learningRate: 0.95, steps: 40,
		},
	},
	valleys: {
		label: 'Two valleys (1-D)',
		hint: 'From x = 2 the ball settles in the higher valley. Start at 0 instead, or try momentum.',
		setup: {
			mode: 'minimize', expression: 'x^4 - 3*x^2 + x',
			variables: [{ name: 'x', start: 2, lower: -2.2, upper: 2.2 }],
			method: 'GRADIENT_DESCENT', learningRate: 0.02, steps: 150,
		},
	},
	rosenbrock: {
		label: 'Rosenbrock',
		hint: 'A long curved valley: plain descent creeps along it. Compare momentum and Adam.',
		setup: {
			mode: 'minimize', expression: '100*(y - x^2)^2 + (1 - x)^2',
			variables: [{ name: 'x', start: -1.2, lower: -2, upper: 2 }, { name: 'y', start: 1, lower: -1, upper: 3 }],
			method: 'ADAM', learningRate: 0.05, steps: 2000,
		},
	},
	himmelblau: {
		label: 'Himmelblau',
		hint: 'Four minima of equal depth: where the ball ends depends on where it starts. Try multi-start.',
		setup: {
			mode: 'minimize', expression: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
			variables: [{ name: 'x', start: -0.5, lower: -5, upper: 5 },
				{ name: 'y', start: 0.5, lower: -5, upper: 5 }],
			method: 'GRADIENT_DESCENT', learningRate: 0.01, steps: 200, starts: 16, seed: 7,
		},
	},
	rastrigin: {
		label: 'Rastrigin',
		hint: 'Many dimples: descent stops in the nearest one, far from the global minimum at (0, 0).',
		setup: {
			mode: 'minimize', expression: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
			variables: [{ name: 'x', start: 2.3, lower: -3.2, upper: 3.2 },
				{ name: 'y', start: -1.6, lower: -3.2, upper: 3.2 }],
			method: 'GRADIENT_DESCENT', learningRate: 0.002, steps: 300, starts: 30, seed: 7,
		},
	},
	line: {
		label: 'Line fit',
		hint: 'Mini-batch SGD fits a*x + b to noisy points. Try a smaller batch or learning rate.',
		setup: {
			mode: 'fit', model: 'a*x + b', parameters: 'a = 0, b = 0', data: LINE_DATA, target: 'y',
			loss: 'MSE', batchSize: 5, epochs: 100, seed: 7, method: 'ADAM', learningRate: 0.1,
		},
	},
};
