package org.plantrace.web.conformance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plantrace.conformance.Finding;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.web.authoring.PlanPaths;

/** Builds the page's {@link FindingRow}s from a stored review, and filters them. */
final class FindingRows {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private FindingRows() {
    }

    /**
     * @param uids the township version's durable ids by path id, to link each township clause
     */
    static List<FindingRow> of(ConformanceRecord r, Map<String, String> uids) {
        List<FindingRow> out = new ArrayList<>();
        for (RecordedFinding f : r.findings()) {
            Finding x = f.finding();
            List<FindingRow.CountyView> county = x.countyClauses().stream().map(c -> new FindingRow.CountyView(c.cited(), c.text(),
                    PlanPaths.clause(r.countyPlan(), r.countyVersion(), c.uid()))).toList();
            List<FindingRow.TownshipView> township = new ArrayList<>();
            for (Finding.TownshipCite t : x.townshipClauses()) {
                String uid = uids.getOrDefault(t.id(), "");
                township.add(cut(t, uid, x.evidence(), uid.isEmpty() ? "" : PlanPaths.clause(r.townshipPlan(), r.townshipVersion(), uid)));
            }
            boolean differs = f.effective() != x.status();
            String by = f.decision() == null ? "" : f.decision().by() + " · " + TIME.format(f.decision().at());
            out.add(new FindingRow(f.number(), f.effective().code(), f.effective().label(), x.status().code(),
                    differs ? x.status().label() : "", x.category(), x.requirement(), x.mandatory(), x.severity(), county, township,
                    x.evidence(), x.reason(), x.rule(), f.decision() == null ? "" : f.decision().words(), by,
                    f.decision() != null && f.decision().carriedFrom() != 0, f.origin() == FindingOrigin.REVIEWER));
        }
        return out;
    }

    /** The clause text around the first sentence of the evidence found in it. */
    static FindingRow.TownshipView cut(Finding.TownshipCite t, String uid, String evidence, String path) {
        String text = t.text() == null ? "" : t.text();
        String heading = t.heading() == null ? "" : t.heading();
        for (String part : pieces(evidence)) {
            int at = text.indexOf(part);
            if (at >= 0) {
                return new FindingRow.TownshipView(t.id(), uid, heading, text.substring(0, at), part, text.substring(at + part.length()), path);
            }
        }
        return new FindingRow.TownshipView(t.id(), uid, heading, text, "", "", path);
    }

    /** The evidence whole, then its sentences: the engine may join sentences of several clauses. */
    private static List<String> pieces(String evidence) {
        List<String> out = new ArrayList<>();
        if (evidence == null || evidence.isBlank()) {
            return out;
        }
        out.add(evidence.strip());
        // the engine joins the sentences of several clauses with " / "
        for (String joined : evidence.split(" / ")) {
            for (String sentence : joined.split("(?<=[。；;])|…|\\n")) {
                if (sentence.strip().length() >= 4) {
                    out.add(sentence.strip());
                }
            }
        }
        return out;
    }

    /** The rows whose effective verdict, category and 强制性 match; blank criteria match everything. */
    static List<FindingRow> filter(List<FindingRow> rows, String verdict, String category, boolean mandatoryOnly) {
        return rows.stream()
                .filter(r -> verdict == null || verdict.isBlank() || r.verdict().equals(verdict))
                .filter(r -> category == null || category.isBlank() || r.category().equals(category))
                .filter(r -> !mandatoryOnly || r.mandatory())
                .toList();
    }
}
