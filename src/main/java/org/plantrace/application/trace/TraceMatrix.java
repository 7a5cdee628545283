package org.plantrace.application.trace;

import java.util.List;
import java.util.Map;

/**
 * County clauses (rows, in plan order) × townships (columns), as the {@code trace} command prints
 * it. A row holds a cell only for the townships whose checklist draws from its clause.
 */
public record TraceMatrix(String countyCode, String countyTitle, int countyVersion, List<Column> townships, List<Row> rows) {
    public TraceMatrix {
        townships = List.copyOf(townships);
        rows = List.copyOf(rows);
    }

    /** A township: its plan's code (null without one), whether the verdicts are the engine's, and its coverage. */
    /** {@code orphaned}: township clauses whose county clauses are gone from the county version (issue #12.2). */
    public record Column(String name, String plan, String basis, Coverage coverage, int orphaned) {
        public Column(String name, String plan, String basis, Coverage coverage) {
            this(name, plan, basis, coverage, 0);
        }
    }

    /** A county clause: durable id, path id, heading, citation, and the cells by township name (column order). */
    public record Row(String uid, String path, String heading, String citation, Map<String, Cell> cells) {
    }

    /**
     * What one township makes of one clause: how many of its items come from the clause, the
     * folded status, and the township clauses (path ids) the findings rest on.
     */
    public record Cell(int items, CellStatus status, List<String> townshipClauses) {
        public Cell {
            townshipClauses = List.copyOf(townshipClauses);
        }
    }
}
