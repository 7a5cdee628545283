package org.plantrace.web.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.application.trace.CellStatus;
import org.plantrace.application.trace.ItemTrace;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.conformance.Finding;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.web.authoring.PlanPaths;

/**
 * The matrix transposed for one township: the county clauses its checklist draws from (the matrix's
 * rows, each anchored {@code c-<uid>} so a cell links to it), under each the items from that clause
 * with their verdict, the engine's reason and the township clauses that carry them, linked to their
 * citable pages in the township plan's judged version. {@code orphaned}: the township clauses whose
 * county clauses are gone from the county version (a stored review cited them; issue #12.2), so
 * that a reviewer sees what the county's change left without a source.
 */
public record TownshipView(String name, String plan, int planVersion, String planHref, List<Row> rows,
        List<Carrier> orphaned) {
    public record Row(String uid, String citation, String heading, String href, String code, String label, List<Item> items) {
    }

    public record Item(String category, String requirement, boolean mandatory, String code, String label, String reason,
            List<Carrier> carriers) {
    }

    /** A township clause carrying an item: its path id, heading and page (null when it has no durable id). */
    public record Carrier(String id, String heading, String href) {
    }

    public static TownshipView of(TraceMatrix filtered, TownshipTrace township, TraceFilters filters, String contextPath) {
        Map<String, String> uids = new HashMap<>();
        Map<String, String> headings = new HashMap<>();
        String planHref = null;
        if (township.hasPlan()) {
            for (Clause c : ClauseTree.flatten(township.planVersion().clauses())) {
                if (c.eId() != null && c.uid() != null) {
                    uids.put(c.eId(), c.uid());
                    headings.put(c.eId(), c.heading());
                }
            }
            planHref = contextPath + PlanPaths.version(township.plan().code(), township.planVersion().number());
        }
        List<Row> rows = new ArrayList<>();
        for (TraceMatrix.Row r : filtered.rows()) {
            TraceMatrix.Cell cell = r.cells().get(township.name());
            if (cell == null) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            for (ItemTrace i : township.items()) {
                if (!filters.keeps(i) || i.item().sourceClauses().stream().noneMatch(s -> r.uid().equals(s.uid()))) {
                    continue;
                }
                items.add(item(i, township, uids, contextPath));
            }
            rows.add(new Row(r.uid(), r.citation(), r.heading(), contextPath + "/clause/" + r.uid(), cell.status().code(),
                    cell.status().label(), items));
        }
        List<Carrier> orphaned = new ArrayList<>();
        for (String id : township.orphaned()) {
            String uid = uids.get(id);
            orphaned.add(new Carrier(id, headings.getOrDefault(id, ""), uid == null ? null
                    : contextPath + PlanPaths.clause(township.plan().code(), township.planVersion().number(), uid)));
        }
        return new TownshipView(township.name(), township.hasPlan() ? township.plan().code() : null,
                township.hasPlan() ? township.planVersion().number() : 0, planHref, rows, orphaned);
    }

    private static Item item(ItemTrace i, TownshipTrace t, Map<String, String> uids, String contextPath) {
        Finding f = i.finding();
        CellStatus status = f == null ? CellStatus.NO_PLAN : CellStatus.of(List.of(f.status()));
        List<Carrier> carriers = new ArrayList<>();
        if (f != null) {
            for (Finding.TownshipCite c : f.townshipClauses()) {
                String uid = uids.get(c.id());
                carriers.add(new Carrier(c.id(), c.heading(), uid == null ? null
                        : contextPath + PlanPaths.clause(t.plan().code(), t.planVersion().number(), uid)));
            }
        }
        return new Item(TraceFilters.categoryOf(i), i.item().requirement(), i.item().mandatory(), status.code(),
                status.label(), f == null ? "" : f.reason(), carriers);
    }
}
