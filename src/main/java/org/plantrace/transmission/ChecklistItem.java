package org.plantrace.transmission;

import java.util.List;

/**
 * One thing the township plan or unit must carry.
 *
 * @param category      the table it goes in (指标, 控制线, 设施, 保护对象, 分类定位 …), from the rules
 * @param requirement   one concise sentence, at most about 150 characters
 * @param mandatory     true when a source clause is mandatory (underlined or confirmed)
 * @param target        the quantity it binds, or null
 * @param features      the linked entities and features, by canonical name
 * @param sourceClauses the county clauses it comes from
 * @param rule          the id of the derivation rule that put it here
 * @param suspect       true when a source clause changed since the checklist it is compared with
 * @param estimate      true when the figure was measured on illustrative layers (示意测算): shown apart
 *                      from the requirements, never binding and never mandatory (issue #14.2)
 */
public record ChecklistItem(String category, String requirement, boolean mandatory, QuantityTarget target,
        List<String> features, List<SourceClause> sourceClauses, String rule, boolean suspect, boolean estimate) {
    public ChecklistItem {
        features = List.copyOf(features);
        sourceClauses = List.copyOf(sourceClauses);
        mandatory = mandatory && !estimate;
    }

    /** A requirement drawn from the plan's text or from real layers. */
    public ChecklistItem(String category, String requirement, boolean mandatory, QuantityTarget target,
            List<String> features, List<SourceClause> sourceClauses, String rule, boolean suspect) {
        this(category, requirement, mandatory, target, features, sourceClauses, rule, suspect, false);
    }

    /** The same item marked suspect or not. */
    public ChecklistItem withSuspect(boolean isSuspect) {
        return new ChecklistItem(category, requirement, mandatory, target, features, sourceClauses, rule, isSuspect,
                estimate);
    }
}
