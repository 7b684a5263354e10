/**
 * Plots of a function and a descent path as SVG, drawn by plain string building: a curve
 * for one variable, a banded heat map with contour lines for two. Every plot is bounded
 * in size (a fixed grid of evaluations and a capped number of path points) and draws what
 * is not finite as a gap, never as a number.
 */
package dev.descent.plot;
