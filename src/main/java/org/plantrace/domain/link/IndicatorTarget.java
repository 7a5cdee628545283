package org.plantrace.domain.link;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator a clause states, as extraction reads it (or a drafter corrects it).
 *
 * @param op             {@code >= <= > < = ≈ range}
 * @param valueMax       only for a range
 * @param unit           as written, empty when the text gives none
 * @param year           target year, or null
 * @param indicatorClass {@code binding} (约束性) or {@code expected} (预期性)
 */
public record IndicatorTarget(String name, String op, BigDecimal value, BigDecimal valueMax, String unit,
        Integer year, String indicatorClass) implements LinkTarget {
    public IndicatorTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
        indicatorClass = indicatorClass == null ? "" : indicatorClass;
        if (name.isBlank()) {
            throw new IllegalArgumentException("指标名称不能为空");
        }
    }

    @Override
    public LinkType type() {
        return LinkType.CLAUSE_INDICATOR;
    }

    @Override
    public String key() {
        return "indicator:" + name;
    }

    /** 耕地保有量 ≥ 73.39 万亩（2035年）. */
    @Override
    public String label() {
        String amount = value.toPlainString() + (valueMax == null ? "" : "—" + valueMax.toPlainString());
        return name + " " + symbol(op) + " " + amount + (unit.isEmpty() ? "" : " " + unit)
                + (year == null ? "" : "（" + year + "年）");
    }

    static String symbol(String op) {
        return switch (op) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "range" -> "";
            default -> op;
        };
    }
}
