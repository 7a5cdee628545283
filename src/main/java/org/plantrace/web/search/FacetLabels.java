package org.plantrace.web.search;

import java.util.Arrays;
import java.util.Map;
import org.plantrace.domain.clause.ClauseKind;

/** Chinese names for the facet keys and for the coded values (kind, mandatory, has_indicator). */
final class FacetLabels {
    private static final Map<String, String> KEYS = Map.of("chapter", "章", "kind", "条款层级",
            "mandatory", "强制性", "township", "乡镇", "control_line", "控制线", "has_indicator", "指标",
            "indicator", "指标名称", "plan", "规划", "level", "规划层级");

    private FacetLabels() {
    }

    static String key(String key) {
        return KEYS.getOrDefault(key, key);
    }

    static String value(String key, String value) {
        return switch (key) {
            case "kind" -> Arrays.stream(ClauseKind.values()).filter(k -> k.jsonName().equals(value))
                    .findFirst().map(ClauseKind::chineseName).orElse(value);
            // not "非强制性": a plain-text source loses the underlines, so unmarked is not the same as not binding
            case "mandatory" -> "true".equals(value) ? "强制性内容" : "未标为强制性";
            case "has_indicator" -> "true".equals(value) ? "含规划指标" : "不含规划指标";
            case "level" -> org.plantrace.domain.plan.PlanLevel.ofCode(value).map(org.plantrace.domain.plan.PlanLevel::label)
                    .orElse(value);
            default -> value;
        };
    }

    /** Kinds sort as the plan nests them (章 before 节 before 条), others by their value. */
    static int kindRank(String value) {
        for (ClauseKind k : ClauseKind.values()) {
            if (k.jsonName().equals(value)) {
                return k.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
