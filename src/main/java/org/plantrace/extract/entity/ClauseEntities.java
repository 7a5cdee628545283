package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;

/**
 * The {@code "entities"} field of a clause in JSON output, as plain maps and lists so that callers
 * serialize it with whatever they use: {@code [{"name","canonical","type","span":[start,end],
 * "field":"text"|"heading","id"}]}. {@code name} is the text as written, {@code canonical} the
 * gazetteer's name. The linker is the one of the plan's package (org.plantrace.planpackage).
 */
public final class ClauseEntities {
    private ClauseEntities() {
    }

    public static List<Map<String, Object>> of(Clause clause, EntityLinker linker) {
        return rows(linker.link(clause));
    }

    public static List<Map<String, Object>> rows(List<Mention> mentions) {
        List<Map<String, Object>> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", m.text());
            row.put("canonical", m.entity().name());
            row.put("type", m.entity().type().code());
            row.put("span", List.of(m.start(), m.end()));
            row.put("field", m.field().jsonName());
            row.put("id", m.entity().id());
            out.add(row);
        }
        return out;
    }
}
