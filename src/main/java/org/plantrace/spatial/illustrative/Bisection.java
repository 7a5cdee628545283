package org.plantrace.spatial.illustrative;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds the parameter (a radius or a scale) at which a shape's area meets its target. The area
 * must grow with the parameter. A fixed recipe (double the upper bound, then halve the interval
 * until within {@link #RELATIVE_TOLERANCE} or {@link #MAX_STEPS}) keeps the result reproducible.
 */
final class Bisection {
    static final double RELATIVE_TOLERANCE = 1e-4;
    static final int MAX_STEPS = 60;

    private Bisection() {
    }

    /** The parameter whose area is within tolerance of {@code target} (m²), starting from {@code guess}. */
    static double solve(DoubleUnaryOperator areaOf, double target, double guess) {
        double lo = 0;
        double hi = guess;
        for (int i = 0; areaOf.applyAsDouble(hi) < target; i++) {
            if (i > 40) {
                throw new IllegalStateException("area never reaches " + target + " m²");
            }
            lo = hi;
            hi *= 2;
        }
        double mid = hi;
        for (int i = 0; i < MAX_STEPS; i++) {
            mid = (lo + hi) / 2;
            double area = areaOf.applyAsDouble(mid);
            if (Math.abs(area - target) <= target * RELATIVE_TOLERANCE) {
                return mid;
            }
            if (area < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return mid;
    }
}
