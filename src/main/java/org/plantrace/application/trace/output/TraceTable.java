package org.plantrace.application.trace.output;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.trace.Coverage;
import org.plantrace.application.trace.TraceMatrix;

/**
 * The matrix as a flat table for spreadsheets: four columns for the county clause, then three per
 * township (条目数, 结论, 乡镇条款), empty where the township draws nothing from the clause; and the
 * coverage as a second table, one row per township.
 */
public final class TraceTable {
    static final List<String> CLAUSE_COLUMNS = List.of("条款编号", "路径", "标题", "引用");
    static final String ITEMS = "条目数";
    static final String STATUS = "结论";
    static final String CLAUSES = "乡镇条款";
    static final List<String> COVERAGE_HEADER = List.of("乡镇", "乡镇规划", "判定依据", "covered 已落实", "uncovered 未落实",
            "violated 不符合", "suspect 需复核", "unreviewed 未审查");

    private TraceTable() {
    }

    public static List<String> header(TraceMatrix m) {
        List<String> h = new ArrayList<>(CLAUSE_COLUMNS);
        for (TraceMatrix.Column c : m.townships()) {
            h.add(c.name() + " " + ITEMS);
            h.add(c.name() + " " + STATUS);
            h.add(c.name() + " " + CLAUSES);
        }
        return h;
    }

    public static List<List<String>> rows(TraceMatrix m) {
        List<List<String>> out = new ArrayList<>();
        for (TraceMatrix.Row r : m.rows()) {
            List<String> row = new ArrayList<>(List.of(r.uid(), nz(r.path()), nz(r.heading()), nz(r.citation())));
            for (TraceMatrix.Column c : m.townships()) {
                TraceMatrix.Cell cell = r.cells().get(c.name());
                row.add(cell == null ? "" : String.valueOf(cell.items()));
                row.add(cell == null ? "" : cell.status().label());
                row.add(cell == null ? "" : String.join("；", cell.townshipClauses()));
            }
            out.add(row);
        }
        return out;
    }

    public static List<List<String>> coverage(TraceMatrix m) {
        List<List<String>> out = new ArrayList<>();
        for (TraceMatrix.Column c : m.townships()) {
            Coverage v = c.coverage();
            out.add(List.of(c.name(), nz(c.plan()), c.plan() == null ? "无下级规划" : nz(c.basis()), String.valueOf(v.covered()),
                    String.valueOf(v.uncovered()), String.valueOf(v.violated()), String.valueOf(v.suspect()),
                    String.valueOf(v.unreviewed())));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
