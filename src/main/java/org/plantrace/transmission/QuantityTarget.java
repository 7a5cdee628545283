package org.plantrace.transmission;

import java.math.BigDecimal;

/**
 * The number an item binds: 永久基本农田 ≥ 1.23 万亩. {@code op} is one of {@code >= <= > < = ≈ range};
 * {@code valueMax} only for ranges; {@code unit} as written. {@code basis} says where the number
 * comes from when it is not stated in the clause (e.g. "示意图层叠加" for an overlay area).
 */
public record QuantityTarget(String name, String op, BigDecimal value, BigDecimal valueMax, String unit,
        String basis) {
}
