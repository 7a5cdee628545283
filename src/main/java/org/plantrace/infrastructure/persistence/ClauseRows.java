package org.plantrace.infrastructure.persistence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;

/** Flattens a clause tree into rows and assembles rows (in ordinal order) back into a tree. */
final class ClauseRows {
    private ClauseRows() {
    }

    static List<ClauseEntity> toRows(PlanVersionEntity version, List<Clause> roots) {
        List<ClauseEntity> rows = new ArrayList<>();
        Map<Clause, Integer> ordinals = new IdentityHashMap<>();
        ClauseTree.walk(roots, (clause, parent) -> {
            int ordinal = rows.size();
            ordinals.put(clause, ordinal);
            ClauseEntity row = new ClauseEntity(version, ordinal, parent == null ? null : ordinals.get(parent));
            row.setContent(clause.kind(), clause.num(), clause.heading(), clause.text());
            row.setIds(clause.eId(), clause.uid());
            row.setMandatory(clause.mandatory(), clause.mandatoryProvenance(), SpanCodec.encode(clause.mandatorySpans()));
            row.setLocation(clause.location());
            row.setRevision(1);
            rows.add(row);
        });
        return rows;
    }

    /** Rows must come in ordinal order, so that every parent is built before its children. */
    static List<Clause> toTree(List<ClauseEntity> rows) {
        List<Clause> roots = new ArrayList<>();
        Map<Integer, Clause> byOrdinal = new java.util.HashMap<>();
        for (ClauseEntity row : rows) {
            Clause clause = toClause(row);
            byOrdinal.put(row.ordinal(), clause);
            if (row.parentOrdinal() == null) {
                roots.add(clause);
            } else {
                Clause parent = byOrdinal.get(row.parentOrdinal());
                if (parent == null) {
                    throw new IllegalStateException("clause " + row.uid() + " names parent #" + row.parentOrdinal()
                            + " which does not precede it");
                }
                parent.addChild(clause);
            }
        }
        return roots;
    }

    private static Clause toClause(ClauseEntity row) {
        Clause clause = new Clause(row.kind(), row.num(), row.heading());
        clause.setText(row.text());
        clause.setEId(row.eId());
        clause.setUid(row.uid());
        clause.setLocation(row.location());
        clause.setRevision(row.revision());
        for (Span span : SpanCodec.decode(row.spans())) {
            clause.addMandatorySpan(span);
        }
        // after the spans: adding a span marks the clause underlined, the stored provenance has the last word
        clause.markMandatory(row.provenance());
        return clause;
    }
}
