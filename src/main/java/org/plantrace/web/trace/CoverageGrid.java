package org.plantrace.web.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plantrace.application.trace.Coverage;
import org.plantrace.application.trace.ItemTrace;
import org.plantrace.application.trace.TownshipTrace;

/**
 * The heat map's figures: township (rows) × checklist category (columns), each cell the coverage of
 * that township's items of that category, plus a total per township that equals the matrix's
 * coverage column. The tone of a cell is a CSS class (the pages' CSP allows no inline styles):
 * red by the share violated when anything is, else green by the share covered; grey when nothing
 * is reviewed (no township plan, or only 需人工判定).
 */
public record CoverageGrid(List<String> categories, List<Row> rows) {
    /** {@code orphaned}: the township's clauses whose county clauses are gone (see {@link TownshipTrace#orphaned()}). */
    public record Row(String township, String href, List<Cell> cells, Cell total, int orphaned) {
    }

    /** A cell: its coverage (null where the township has no item of the category) and its tone class. */
    public record Cell(Coverage coverage, String tone) {
        public int items() {
            return coverage == null ? 0 : coverage.items();
        }
    }

    public static CoverageGrid of(List<TownshipTrace> townships, String contextPath) {
        Set<String> all = new LinkedHashSet<>();
        townships.forEach(t -> t.items().forEach(i -> all.add(TraceFilters.categoryOf(i))));
        List<String> categories = List.copyOf(all);
        List<Row> rows = new ArrayList<>();
        for (TownshipTrace t : townships) {
            List<Cell> cells = new ArrayList<>();
            for (String c : categories) {
                List<ItemTrace> items = t.items().stream().filter(i -> TraceFilters.categoryOf(i).equals(c)).toList();
                cells.add(items.isEmpty() ? new Cell(null, "heat-none") : cell(of(t, items)));
            }
            rows.add(new Row(t.name(), contextPath + "/trace" + TraceFilters.NONE.query(t.name(), null, null), cells,
                    cell(t.coverage()), t.orphaned().size()));
        }
        return new CoverageGrid(categories, rows);
    }

    /** The coverage of some of a township's items: through {@link TownshipTrace#coverage()}, the one way it is counted. */
    private static Coverage of(TownshipTrace t, List<ItemTrace> items) {
        return new TownshipTrace(t.name(), t.plan(), t.planVersion(), t.checklist(), items).coverage();
    }

    static Cell cell(Coverage c) {
        return new Cell(c, tone(c));
    }

    static String tone(Coverage c) {
        int items = c.items();
        if (items == 0) {
            return "heat-none";
        }
        if (c.violated() > 0) {
            double v = (double) c.violated() / items;
            return v >= 0.5 ? "heat-v3" : v >= 0.25 ? "heat-v2" : "heat-v1";
        }
        if (c.unreviewed() == items) {
            return "heat-grey";
        }
        double covered = (double) c.covered() / items;
        return "heat-g" + Math.min(4, (int) Math.floor(covered * 5));
    }
}
