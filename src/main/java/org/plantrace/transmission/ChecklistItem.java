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
 */
public record ChecklistItem(String category, String requirement, boolean mandatory, QuantityTarget target,
        List<String> features, List<SourceClause> sourceClauses, String rule, boolean suspect) {
    public ChecklistItem {
        features = List.copyOf(features);
        sourceClauses = List.copyOf(sourceClauses);
    }
}
