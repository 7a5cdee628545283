package org.plantrace.conformance.quantity;

import java.math.BigDecimal;

/**
 * The values a statement allows, in base units: ≥ a is [a, ∞), 不满 a is (−∞, a), a—b is [a, b],
 * = a and ≈ a are [a, a]. A null bound is unbounded.
 */
record Interval(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {

    static Interval of(String op, BigDecimal value, BigDecimal valueMax) {
        return switch (op) {
            case ">=" -> new Interval(value, false, null, false);
            case ">" -> new Interval(value, true, null, false);
            case "<=" -> new Interval(null, false, value, false);
            case "<" -> new Interval(null, false, value, true);
            case "range" -> new Interval(value, false, valueMax, false);
            default -> new Interval(value, false, value, false);
        };
    }

    /** Closed bounds widened by {@code tolerance}; open bounds (超过, 不满) exclude the number and stay. */
    Interval widened(BigDecimal tolerance) {
        return new Interval(lo == null || loOpen ? lo : lo.subtract(tolerance), loOpen,
                hi == null || hiOpen ? hi : hi.add(tolerance), hiOpen);
    }

    /** Every value of {@code inner} lies in this interval. */
    boolean contains(Interval inner) {
        boolean loOk = lo == null || (inner.lo != null && (inner.lo.compareTo(lo) > 0
                || (inner.lo.compareTo(lo) == 0 && (!loOpen || inner.loOpen))));
        boolean hiOk = hi == null || (inner.hi != null && (inner.hi.compareTo(hi) < 0
                || (inner.hi.compareTo(hi) == 0 && (!hiOpen || inner.hiOpen))));
        return loOk && hiOk;
    }

    /** No value lies in both. */
    boolean disjoint(Interval other) {
        return below(this, other) || below(other, this);
    }

    private static boolean below(Interval a, Interval b) {
        if (a.hi == null || b.lo == null) {
            return false;
        }
        int c = a.hi.compareTo(b.lo);
        return c < 0 || (c == 0 && (a.hiOpen || b.loOpen));
    }
}
