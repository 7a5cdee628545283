package org.plantrace.application.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.Verdict;
import org.plantrace.conformance.output.ReviewCsv;
import org.plantrace.conformance.output.ReviewDocx;
import org.plantrace.conformance.output.ReviewFormat;
import org.plantrace.conformance.output.ReviewJson;
import org.plantrace.conformance.output.ReviewPdf;
import org.plantrace.conformance.output.ReviewerNotes;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.RecordedFinding;

/**
 * The 审查意见书 (Word, PDF) and the JSON and CSV of a stored review, written by the same writers as
 * the {@code review} command from the record: each finding's 结论 is its effective verdict (the
 * reviewer's where they decided), the engine's reason stays as 问题说明, and the reviewer's decision is
 * its own column (审查人意见); the header carries the reviewer's conclusion once set.
 */
public final class ReviewDocuments {
    private ReviewDocuments() {
    }

    public static void write(ConformanceRecord r, ReviewFormat format, OutputStream out) throws IOException {
        write(r, format, org.plantrace.citation.ClauseAddresses.none(), out);
    }

    /** As {@link #write(ConformanceRecord, ReviewFormat, OutputStream)}; Word and PDF link each cited clause to its address. */
    public static void write(ConformanceRecord r, ReviewFormat format, org.plantrace.citation.ClauseAddresses addresses,
            OutputStream out) throws IOException {
        Review review = review(r);
        ReviewerNotes notes = notes(r);
        String reviewer = r.conclusion() == null ? r.ranBy() : r.conclusion().by();
        Instant at = r.conclusion() == null ? r.ranAt() : r.conclusion().at();
        switch (format) {
            case JSON -> ReviewJson.write(review, notes, out);
            case CSV -> ReviewCsv.write(review, notes, out);
            case DOCX -> ReviewDocx.standard().write(review, notes, reviewer, at, addresses, out);
            case PDF -> ReviewPdf.write(review, notes, reviewer, at, addresses, out);
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    /** 王庄堡镇符合性审查意见书-第3号.docx: the township and the record's number. */
    public static String fileName(ConformanceRecord r, ReviewFormat format) {
        return r.township() + "符合性审查意见书-第" + r.id() + "号." + format.extension();
    }

    /** The record as the engine's review shape, with the effective verdicts. */
    static Review review(ConformanceRecord r) {
        List<Finding> findings = new ArrayList<>();
        for (RecordedFinding f : r.findings()) {
            Finding x = f.finding();
            Verdict v = f.effective();
            String severity = v == Verdict.MET ? Finding.NONE : v == Verdict.VIOLATED && x.mandatory() ? Finding.SEVERE : Finding.ORDINARY;
            findings.add(new Finding(v, x.category(), x.requirement(), x.mandatory(), severity, x.countyClauses(), x.townshipClauses(),
                    x.evidence(), x.reason(), x.rule(), x.figures()));
        }
        return new Review(r.township(), r.countyPlan(), r.countyTitle(), r.countyVersion(),
                r.townshipTitle() + "（第 " + r.townshipVersion() + " 版）", r.suggested(), findings);
    }

    static ReviewerNotes notes(ConformanceRecord r) {
        List<String> decisions = new ArrayList<>();
        for (RecordedFinding f : r.findings()) {
            if (f.decision() == null) {
                decisions.add("");
            } else {
                String words = f.decision().words();
                decisions.add(f.decision().verdict() != f.finding().status() && f.origin() == org.plantrace.domain.conformance.FindingOrigin.ENGINE
                        ? words + "（系统判定：" + f.finding().status().label() + "）" : words);
            }
        }
        return new ReviewerNotes(r.conclusion() == null ? null : r.conclusion().value(),
                r.conclusion() == null ? "" : r.conclusion().note(), decisions);
    }
}
