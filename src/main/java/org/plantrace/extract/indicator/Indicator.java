package org.plantrace.extract.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import org.plantrace.domain.clause.Span;

/**
 * One numeric indicator stated in a clause: 耕地保有量 ≥ 73.39 万亩, 至2035年.
 *
 * <p>{@code value} and {@code valueMax} (ranges only) keep the digits as written, so
 * {@code value.toPlainString()} is literally in the clause text inside {@code span}; {@code unit} is
 * as written too ({@code ％} stays full-width, empty when the text gives none, as in 扩展倍数 ≤ 1.25).
 * {@code normalized} is null when there is no unit. {@code year} is the target year
 * (至2035年), {@code baseYear} the status year (2020年，常住人口…); either may be null.
 * {@code ruledClass} comes from the rules; {@code classOverride} is the drafter's word and wins.
 * {@code shareOf} is, for a share (占县域国土面积的27.37%), the index of the quantity it is a share of
 * in the same clause's indicator list, else null.
 */
public record Indicator(String name, Comparison op, BigDecimal value, BigDecimal valueMax, String unit,
        Normalized normalized, Integer year, Integer baseYear, IndicatorClass ruledClass,
        IndicatorClass classOverride, Span span, Integer shareOf) {

    public Indicator {
        Objects.requireNonNull(name);
        Objects.requireNonNull(op);
        Objects.requireNonNull(value);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(ruledClass);
        Objects.requireNonNull(span);
        if ((op == Comparison.RANGE) != (valueMax != null)) {
            throw new IllegalArgumentException("a range, and only a range, has a valueMax: " + name);
        }
    }

    /** The class the plan works with: the drafter's override when there is one, else the rule's. */
    public IndicatorClass effectiveClass() {
        return classOverride != null ? classOverride : ruledClass;
    }

    /** The same indicator with a drafter's class (null withdraws the override). */
    public Indicator withClassOverride(IndicatorClass drafterClass) {
        return new Indicator(name, op, value, valueMax, unit, normalized, year, baseYear, ruledClass,
                drafterClass, span, shareOf);
    }

    public boolean isShare() {
        return shareOf != null;
    }
}
