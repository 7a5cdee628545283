package org.plantrace.web.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.web.authoring.PlanPaths;

/**
 * Township clauses, which the findings name by path id, turned into links to their citable pages in
 * the township plan's judged version ({@code /plans/{code}/{n}/clauses/{uid}}).
 */
final class TownshipCarriers {
    private final TownshipTrace township;
    private final Map<String, Clause> byPath = new HashMap<>();
    private final String contextPath;

    TownshipCarriers(TownshipTrace township, String contextPath) {
        this.township = township;
        this.contextPath = contextPath;
        if (township.hasPlan()) {
            for (Clause c : ClauseTree.flatten(township.planVersion().clauses())) {
                if (c.eId() != null) {
                    byPath.put(c.eId(), c);
                }
            }
        }
    }

    TownshipView.Carrier carrier(String pathId, String heading) {
        Clause c = byPath.get(pathId);
        String h = heading != null && !heading.isBlank() ? heading : c == null ? pathId : c.displayTitle();
        String href = c == null || c.uid() == null ? null
                : contextPath + PlanPaths.clause(township.plan().code(), township.planVersion().number(), c.uid());
        return new TownshipView.Carrier(pathId, h, href);
    }

    List<TownshipView.Carrier> carriers(List<String> pathIds) {
        return pathIds.stream().map(p -> carrier(p, null)).toList();
    }

    /** The path id of the township clause with this durable id in the judged version, or null. */
    String pathOf(String uid) {
        return byPath.values().stream().filter(c -> uid.equals(c.uid())).map(Clause::eId).findFirst().orElse(null);
    }
}
