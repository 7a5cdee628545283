package org.plantrace.extract.lint.numeric;

import java.math.BigDecimal;

/**
 * The closed range a figure written with a given number of decimals can stand for: 27.37 is any
 * value in [27.365, 27.375]. Comparing ranges, not rounded values, is what makes a check say
 * "beyond rounding" without an arbitrary tolerance.
 */
record Interval(double low, double high) {

    /** The range of a figure as written: ± half a unit of its last written digit (20 → ±0.5). */
    static Interval ofWritten(BigDecimal written) {
        double half = 0.5 * Math.pow(10, -written.scale());
        double v = written.doubleValue();
        return new Interval(v - half, v + half);
    }

    /** The same range in another unit (×factor, factor > 0). */
    Interval times(double factor) {
        return new Interval(low * factor, high * factor);
    }

    Interval plus(Interval o) {
        return new Interval(low + o.low, high + o.high);
    }

    /** This range divided by a range of positive values: every quotient a/b with a, b in the ranges. */
    Interval dividedBy(Interval positive) {
        return new Interval(low / positive.high, high / positive.low);
    }

    boolean overlaps(Interval o) {
        return low <= o.high && o.low <= high;
    }

    double width() {
        return high - low;
    }

    double mid() {
        return (low + high) / 2;
    }

    /** "1968.46—1969.21" with {@code decimals} decimals. */
    String format(int decimals) {
        return Figures.fixed(low, decimals) + "—" + Figures.fixed(high, decimals);
    }
}
