package org.plantrace.conformance.quantity;

import java.math.BigDecimal;

/**
 * A figure as a plan states it: comparator, value (and the upper value of a range), unit, target
 * year and the area it is stated for. {@link #text()} is how a reviewer reads it (≥ 9.01 万亩).
 */
public record Statement(String op, BigDecimal value, BigDecimal valueMax, String unit, Integer year, String scope) {

    public String text() {
        if ("range".equals(op)) {
            return value.toPlainString() + "—" + valueMax.toPlainString() + " " + unit;
        }
        String symbol = switch (op) {
            case "=" -> "";
            case "≈" -> "约 ";
            default -> op.replace(">=", "≥").replace("<=", "≤") + " ";
        };
        return symbol + value.toPlainString() + " " + unit;
    }

    /** Half a unit of the last digit written (9.01 → 0.005, 200 → 0.5), in this statement's unit. */
    BigDecimal halfUnit() {
        BigDecimal v = valueMax != null && valueMax.scale() > value.scale() ? valueMax : value;
        return BigDecimal.ONE.movePointLeft(Math.max(v.scale(), 0)).divide(BigDecimal.valueOf(2));
    }
}
