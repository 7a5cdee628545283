package org.plantrace.conformance.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.plantrace.conformance.Verdict;

/**
 * Compares a township statement with the county's: year first, then scope, then the values after
 * conversion, with a tolerance of half a unit of the stated precision: for an equality the township
 * figure's (65.4 carries 65.39; 0.5 does not carry 1), for a bound or range the finer (0.2 万吨/日 is 2000 吨/日, above 1500). Different years or areas
 * are 需人工判定, never 不符合.
 */
public final class QuantityComparison {
    /**
     * The verdict and the comparison in words; {@code converted} is the township figure in the county's
     * unit (empty when the units are the same), {@code comparison} the comparison alone for a table cell.
     */
    public record Outcome(Verdict verdict, String reason, String converted, String comparison) {
        public Outcome(Verdict verdict, String reason) {
            this(verdict, reason, "", reason);
        }
    }

    private final UnitTable units;

    public QuantityComparison(UnitTable units) {
        this.units = units;
    }

    public Outcome compare(Statement township, Statement county) {
        if (township.year() != null && county.year() != null && !township.year().equals(county.year())) {
            return new Outcome(Verdict.UNCLEAR, "目标年份不同：规划值为 " + township.year() + " 年的 " + township.text() + "，下达值为 "
                    + county.year() + " 年的 " + county.text() + "，需人工判定");
        }
        if (!township.scope().equals(county.scope())) {
            return new Outcome(Verdict.UNCLEAR, "统计范围不同：规划值针对" + township.scope() + "（" + township.text() + "），下达值针对"
                    + county.scope() + "（" + county.text() + "），需人工判定");
        }
        if (!units.comparable(township.unit(), county.unit())) {
            return new Outcome(Verdict.UNCLEAR, "单位无法换算：" + township.text() + " 与 " + county.text() + "，需人工判定");
        }
        Interval t = interval(township);
        Interval c = interval(county);
        // An equality (红线面积 65.39) is met by the township's rounding of it (65.4): the township's precision.
        // A bound (≤ 1500 吨/日) is not stretched by a coarse township figure (0.2 万吨/日): the finer one.
        BigDecimal tHalf = units.toBase(township.halfUnit(), township.unit());
        BigDecimal cHalf = units.toBase(county.halfUnit(), county.unit());
        boolean equality = county.op().equals("=") || county.op().equals("≈");
        BigDecimal tolerance = equality ? tHalf : tHalf.min(cHalf);
        Interval allowed = c.widened(tolerance);
        String shown = shown(township, county);
        String converted = converted(township, county);
        if (allowed.contains(t)) {
            return new Outcome(Verdict.MET, shown + " 满足 " + county.text(), converted, "满足 " + county.text());
        }
        if (allowed.disjoint(t) || looser(t, allowed)) {
            String prefix = township.unit().equals(county.unit()) ? "" : shown + "；";
            String relation = relation(t, c, county.unit());
            return new Outcome(Verdict.VIOLATED, prefix + relation + "，不满足下达值 " + county.text(), converted,
                    (relation.isEmpty() ? "" : relation + "，") + "不满足 " + county.text());
        }
        return new Outcome(Verdict.UNCLEAR, shown + " 与 " + county.text() + " 部分重合，不能确定满足，需人工判定", converted,
                "与下达值部分重合，需人工判定");
    }

    /**
     * The township binds on the county's side but less tightly: 控制在220以内 against 200以内, or
     * 不少于5800公顷 against 不少于9.01万亩 — values the county forbids stay allowed.
     */
    private static boolean looser(Interval t, Interval allowed) {
        boolean capLooser = allowed.hi() != null && t.hi() != null && t.lo() == null && t.hi().compareTo(allowed.hi()) > 0;
        boolean floorLooser = allowed.lo() != null && t.lo() != null && t.hi() == null && t.lo().compareTo(allowed.lo()) < 0;
        return capLooser || floorLooser;
    }

    private Interval interval(Statement s) {
        return Interval.of(s.op(), units.toBase(s.value(), s.unit()),
                s.valueMax() == null ? null : units.toBase(s.valueMax(), s.unit()));
    }

    /** The township figure, with its conversion into the county's unit when the units differ. */
    private String shown(Statement township, Statement county) {
        String converted = converted(township, county);
        return converted.isEmpty() ? township.text() : township.text() + "（换算为 " + converted + "）";
    }

    /** The township figure in the county's unit (5800 公顷 → 8.7 万亩), empty when the units are the same. */
    private String converted(Statement township, Statement county) {
        if (township.unit().equals(county.unit())) {
            return "";
        }
        BigDecimal factor = units.toBase(BigDecimal.ONE, county.unit());
        String converted = inUnit(units.toBase(township.value(), township.unit()), factor);
        if (township.valueMax() != null) {
            converted += "—" + inUnit(units.toBase(township.valueMax(), township.unit()), factor);
        }
        return converted + " " + county.unit();
    }

    /** The violated side in the county's unit, the way the issue writes it: 220 平方米/人 > 200 平方米/人. */
    private String relation(Interval t, Interval c, String unit) {
        BigDecimal factor = units.toBase(BigDecimal.ONE, unit);
        if (c.hi() != null && t.lo() != null && t.lo().compareTo(c.hi()) >= 0) {
            return inUnit(t.lo(), factor) + " " + unit + (c.hiOpen() && t.lo().compareTo(c.hi()) == 0 ? " = " : " > ")
                    + inUnit(c.hi(), factor) + " " + unit;
        }
        if (c.lo() != null && t.hi() != null && t.hi().compareTo(c.lo()) <= 0) {
            return inUnit(t.hi(), factor) + " " + unit + (c.loOpen() && t.hi().compareTo(c.lo()) == 0 ? " = " : " < ")
                    + inUnit(c.lo(), factor) + " " + unit;
        }
        if (c.hi() != null && t.hi() != null) {
            return inUnit(t.hi(), factor) + " " + unit + " > " + inUnit(c.hi(), factor) + " " + unit;
        }
        if (c.lo() != null && t.lo() != null) {
            return inUnit(t.lo(), factor) + " " + unit + " < " + inUnit(c.lo(), factor) + " " + unit;
        }
        return "";
    }

    private static String inUnit(BigDecimal base, BigDecimal factor) {
        BigDecimal v = base.divide(factor, MathContext.DECIMAL64);
        return v.setScale(Math.min(Math.max(v.stripTrailingZeros().scale(), 0), 4), RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
