package org.plantrace.web.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.application.trace.CellStatus;
import org.plantrace.application.trace.Coverage;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.citation.Citations;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;

/**
 * The matrix as the page draws it: rows grouped by the county chapter they sit in (plan order), one
 * cell per township column (null where the township draws nothing from the clause), totals per row
 * (items, townships, townships not yet 符合) and per column (items in the rows shown, coverage).
 */
public record MatrixView(List<Column> columns, List<Group> groups, int rowCount, int itemTotal) {
    /** A township column: its name, the township view, its plan (null without), items shown, coverage. */
    public record Column(String name, String href, String plan, int items, Coverage coverage) {
    }

    /** A chapter of the county plan and its rows. */
    public record Group(String id, String label, List<Row> rows) {
    }

    public record Row(String uid, String citation, String heading, String href, List<Cell> cells, int items,
            int townships, int open) {
    }

    /** One cell; {@code code} is the status code (CSS class and filter value), {@code href} the township view at the clause. */
    public record Cell(int items, String code, String label, String href, List<String> townshipClauses) {
    }

    public static MatrixView of(TraceMatrix m, PlanVersion county, String contextPath) {
        Map<String, String> chapters = chapters(county);
        List<Column> columns = new ArrayList<>();
        for (TraceMatrix.Column c : m.townships()) {
            int items = m.rows().stream().map(r -> r.cells().get(c.name())).filter(x -> x != null)
                    .mapToInt(TraceMatrix.Cell::items).sum();
            columns.add(new Column(c.name(), contextPath + "/trace" + TraceFilters.NONE.query(c.name(), null, null), c.plan(),
                    items, c.coverage()));
        }
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        int total = 0;
        for (TraceMatrix.Row r : m.rows()) {
            List<Cell> cells = new ArrayList<>();
            int items = 0;
            int open = 0;
            for (TraceMatrix.Column c : m.townships()) {
                TraceMatrix.Cell cell = r.cells().get(c.name());
                if (cell == null) {
                    cells.add(null);
                    continue;
                }
                items += cell.items();
                if (cell.status() != CellStatus.MET) {
                    open++;
                }
                cells.add(new Cell(cell.items(), cell.status().code(), cell.status().label(),
                        contextPath + "/trace" + TraceFilters.NONE.query(c.name(), null, null) + "#c-" + r.uid(),
                        cell.townshipClauses()));
            }
            total += items;
            grouped.computeIfAbsent(chapterOf(r.path()), k -> new ArrayList<>())
                    .add(new Row(r.uid(), r.citation(), r.heading(), contextPath + "/clause/" + r.uid(), cells, items,
                            r.cells().size(), open));
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((id, rows) -> groups.add(new Group(id, chapters.getOrDefault(id, org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Trace", "group.other")), rows)));
        return new MatrixView(columns, groups, m.rows().size(), total);
    }

    /** The chapter path id a clause sits in ({@code chp_3} of {@code chp_3__sec_1__art_2}), or "" outside chapters. */
    static String chapterOf(String path) {
        if (path == null || !path.startsWith("chp_")) {
            return "";
        }
        int cut = path.indexOf("__");
        return cut < 0 ? path : path.substring(0, cut);
    }

    /** The county's chapters by path id, labelled as the outline labels them (第三章 国土空间格局). */
    public static Map<String, String> chapters(PlanVersion county) {
        Map<String, String> out = new LinkedHashMap<>();
        Citations citations = Citations.of(county.clauses());
        for (Clause c : county.clauses()) {
            if (c.eId() != null && c.eId().startsWith("chp_")) {
                String label = c.uid() == null ? "" : citations.label(c);
                out.put(c.eId(), label.isEmpty() ? c.displayTitle() : label);
            }
        }
        return out;
    }
}
