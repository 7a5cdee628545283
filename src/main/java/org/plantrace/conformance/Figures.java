package org.plantrace.conformance;

/**
 * The figures of a quantity finding, one per column of the 审查意见书's indicator table (指标, 下达值,
 * 规划值, 换算, 比较), so a reviewer reads the comparison without parsing a sentence.
 *
 * @param indicator  the indicator's name (耕地保有量)
 * @param assigned   the county's value (≥ 7450 公顷), marked when it is an illustrative estimate
 * @param planned    the township's stated value, empty when it states none
 * @param converted  the township's value in the county's unit, empty when the units are the same
 * @param comparison the comparison in words (7320 公顷 < 7450 公顷; 满足; 统计范围不同 …)
 */
public record Figures(String indicator, String assigned, String planned, String converted, String comparison) {
    public Figures {
        indicator = indicator == null ? "" : indicator;
        assigned = assigned == null ? "" : assigned;
        planned = planned == null ? "" : planned;
        converted = converted == null ? "" : converted;
        comparison = comparison == null ? "" : comparison;
    }
}
