package org.plantrace.conformance.output;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.Verdict;
import org.plantrace.transmission.output.LinePdf;
import org.plantrace.transmission.output.LinePdf.Line;

/**
 * The 审查意见书 as a PDF, with the Word file's content ({@link ReviewDocx#values}): the header, then
 * each finding as an entry (序号, 结论, 类别, 审查事项; 县级规划条款, 乡镇规划条款, 问题说明, 强制性), the
 * indicator comparisons and the items left to manual judgement. Violated entries start in the medium
 * weight. Text in the embedded Source Han Sans, so copying it gives the words back.
 */
public final class ReviewPdf {
    private static final float BODY = 10.5f;
    private static final float SMALL = 9.5f;
    private static final float INDENT = 20;

    private ReviewPdf() {
    }

    public static void write(Review r, String reviewer, Instant at, OutputStream out) throws IOException {
        write(r, null, reviewer, at, ClauseAddresses.none(), out);
    }

    /** With {@code addresses} known, each cited county clause is a link to its citable address (issue #14.1). */
    public static void write(Review r, String reviewer, Instant at, ClauseAddresses addresses, OutputStream out) throws IOException {
        write(r, null, reviewer, at, addresses, out);
    }

    /** The 审查意见书 of a stored review, with the reviewer's conclusion and decisions ({@code notes}). */
    public static void write(Review r, ReviewerNotes notes, String reviewer, Instant at, OutputStream out) throws IOException {
        write(r, notes, reviewer, at, ClauseAddresses.none(), out);
    }

    /** Both: the reviewer's decisions ({@code notes}, may be null) and the clauses as links. */
    public static void write(Review r, ReviewerNotes notes, String reviewer, Instant at, ClauseAddresses addresses,
            OutputStream out) throws IOException {
        ReviewCitations cited = new ReviewCitations(r, addresses);
        var v = ReviewDocx.values(r, notes, reviewer, at);
        String title = r.township() + "国土空间总体规划符合性审查意见书";
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(title, true, 20, 0, true, 80, 0));
        lines.add(new Line("审查依据：" + v.get("${COUNTY_TITLE}") + "（第 " + v.get("${COUNTY_VERSION}") + " 版）", false, 12, 0, false, 30, 0));
        lines.add(new Line("送审稿：" + v.get("${TOWNSHIP_TITLE}"), false, 12, 0, false, 6, 0));
        lines.add(new Line("审查日期：" + v.get("${DATE}"), false, 12, 0, false, 6, 0));
        lines.add(new Line("审查人：" + v.get("${REVIEWER}"), false, 12, 0, false, 6, 0));
        lines.add(new Line("审查结论：" + v.get("${CONCLUSION}"), true, 12, 0, false, 6, 0));
        lines.add(new Line(v.get("${SUMMARY}"), false, 12, 0, false, 6, 0));
        lines.add(new Line("本意见书由 PlanTrace 按审查规则逐项对照传导清单生成，结论为机器建议，须由审查人确认或改判；面积类下达值如注明“示意”，"
                + "为示意图层叠加结果，非官方成果。", false, SMALL, 0, false, 24, 0));
        lines.add(new Line(cited.header(), false, SMALL, 0, false, 6, 0));
        lines.add(new Line("一、审查意见", true, 14, 0, false, -1, 0));
        Advice advice = Advice.standard();
        int n = 0;
        for (Finding f : r.findings()) {
            boolean bad = f.status() == Verdict.VIOLATED;
            lines.add(new Line((++n) + ". 【" + f.status().label() + "】" + (f.mandatory() ? "【强制性】" : "") + f.category() + "：" + f.requirement(),
                    bad, BODY, 0, false, 6, 30));
            lines.add(new Line("县级规划条款：" + String.join("；", f.countyClauses().stream().map(Finding.CountyCite::cited).toList()),
                    false, SMALL, INDENT, false, 0, 0,
                    f.countyClauses().stream().map(c -> new LinePdf.Link(c.cited(), cited.link(c))).toList()));
            lines.add(new Line("乡镇规划条款：" + (f.evidence().isBlank() ? "（未见）" : f.evidence()), false, SMALL, INDENT, false, 0, 0));
            lines.add(new Line("问题说明与修改意见：" + advice.explained(f), false, SMALL, INDENT, false, 0, 0));
            if (notes != null && !notes.decision(n - 1).isBlank()) {
                lines.add(new Line(ReviewerNotes.COLUMN + "：" + notes.decision(n - 1), true, SMALL, INDENT, false, 0, 0));
            }
        }
        lines.add(new Line("二、指标对照", true, 14, 0, false, 16, 40));
        n = 0;
        for (Finding f : r.findings()) {
            if (f.rule().endsWith("quantity")) {
                List<String> c = ReviewDocx.indicatorCells(f);
                lines.add(new Line((++n) + ". 【" + f.status().label() + "】" + c.get(0), f.status() == Verdict.VIOLATED, BODY, 0, false, 4, 0));
                lines.add(new Line("下达值：" + c.get(1) + "　规划值：" + c.get(2) + (c.get(3).isEmpty() ? "" : "　换算：" + c.get(3)),
                        false, SMALL, INDENT, false, 0, 0));
                lines.add(new Line("比较：" + c.get(4), false, SMALL, INDENT, false, 0, 0));
            }
        }
        lines.add(new Line("三、需人工判定事项", true, 14, 0, false, 16, 40));
        n = 0;
        for (Finding f : r.findings()) {
            if (f.status() == Verdict.UNCLEAR) {
                lines.add(new Line((++n) + ". " + f.requirement() + "——" + f.reason(), false, BODY, 0, false, 4, 0));
            }
        }
        if (n == 0) {
            lines.add(Line.of("（无。）", BODY));
        }
        lines.add(new Line(ReviewCitations.APPENDIX, true, 14, 0, false, 16, 40));
        for (Finding.CountyCite c : cited.all()) {
            String address = cited.address(c);
            lines.add(new Line(c.cited() + "：" + address, false, SMALL, 0, false, 2, 0, List.of(new LinePdf.Link(address, cited.link(c)))));
        }
        LinePdf.write(title, lines, out);
    }
}
