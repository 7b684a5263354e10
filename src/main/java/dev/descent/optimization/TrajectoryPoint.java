package dev.descent.optimization;

/**
 * One recorded iterate.
 *
 * @param step the number of updates made to reach it
 * @param point the iterate
 * @param value its value
 * @param gradientNorm the norm of its gradient
 */
public record TrajectoryPoint(int step, Point point, double value, double gradientNorm) {
}
