package org.plantrace.conformance.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plantrace.conformance.ReviewRulesException;
import org.plantrace.conformance.ReviewTable;

/** {@code units.tsv}: each unit's base, factor and whether it is a total or a rate. */
public final class UnitTable {
    /** One row: 1 {@code unit} = {@code factor} {@code base}. */
    public record Unit(String unit, String base, BigDecimal factor, boolean intensive) {
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();

    public UnitTable(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            units.put(r[0], new Unit(r[0], r[1], factor(file, r[2]), r[3].equals("intensive")));
        }
    }

    public Optional<Unit> of(String written) {
        return Optional.ofNullable(units.get(written == null ? "" : written.strip()));
    }

    /** True when both units convert to one base (亩 and 平方千米; not % and 百分点). */
    public boolean comparable(String a, String b) {
        Optional<Unit> ua = of(a);
        Optional<Unit> ub = of(b);
        return ua.isPresent() && ub.isPresent() && ua.get().base().equals(ub.get().base());
    }

    public BigDecimal toBase(BigDecimal value, String unit) {
        return value.multiply(of(unit).orElseThrow().factor(), MathContext.DECIMAL64);
    }

    private static BigDecimal factor(Path file, String cell) {
        try {
            String[] f = cell.split("/");
            return f.length == 2 ? new BigDecimal(f[0]).divide(new BigDecimal(f[1]), MathContext.DECIMAL64) : new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new ReviewRulesException(file.getFileName() + ": 换算系数应为数字或 a/b，而不是“" + cell + "”");
        }
    }
}
