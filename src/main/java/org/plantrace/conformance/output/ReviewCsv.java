package org.plantrace.conformance.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;

/**
 * The findings as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF rows), one row per finding,
 * with the columns of the 审查意见书's main table. County clauses are cited by their durable id, the
 * part of their citable address that survives renumbering.
 */
public final class ReviewCsv {
    static final List<String> HEADER = List.of("序号", "结论", "类别", "审查事项", "强制性", "严重程度", "县级规划条款", "乡镇规划条款", "乡镇规划原文",
            "问题说明", "规则");

    private ReviewCsv() {
    }

    public static void write(Review r, OutputStream out) throws IOException {
        write(r, null, out);
    }

    /** With {@code notes}, a last column 审查人意见 holds the reviewer's decision on each finding. */
    public static void write(Review r, ReviewerNotes notes, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // Excel reads UTF-8 only with the mark
        List<String> header = new java.util.ArrayList<>(HEADER);
        if (notes != null) {
            header.add(ReviewerNotes.COLUMN);
        }
        row(w, header);
        int n = 0;
        for (Finding f : r.findings()) {
            String county = String.join("；", f.countyClauses().stream().map(c -> c.cited() + " /clause/" + c.uid()).toList());
            String township = String.join("；", f.townshipClauses().stream()
                    .map(c -> c.heading() == null || c.heading().isBlank() ? String.valueOf(c.id()) : c.heading()).toList());
            List<String> cells = new java.util.ArrayList<>(List.of(String.valueOf(++n), f.status().label(), f.category(), f.requirement(),
                    f.mandatory() ? "是" : "否", f.severity(), county, township, f.evidence(), f.reason(), f.rule()));
            if (notes != null) {
                cells.add(notes.decision(n - 1));
            }
            row(w, cells);
        }
        w.flush();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            w.write('"' + c.replace("\"", "\"\"") + '"');
        }
        w.write("\r\n");
    }
}
