package org.plantrace.application.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plantrace.conformance.Finding;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.ReviewDecision;

/**
 * A re-run against the previous review: which of the reviewer's decisions still hold and what
 * changed. A decision holds when its words still do — the same checklist item (requirement text) and
 * the same township evidence; a confirmation also needs the engine to say the same again. Everything
 * else is listed as a change, in words, so the reviewer sees what to look at again. A finding the
 * reviewer added is kept while its township words are still in the new version.
 */
final class Carryover {
    private static final int SHOWN = 40;

    /** The new findings (numbered from 1, decisions carried where they hold) and the changes. */
    record Result(List<RecordedFinding> findings, List<String> changes) {
    }

    private Carryover() {
    }

    static Result apply(ConformanceRecord previous, List<Finding> fresh, int townshipVersion, int countyVersion,
            List<Clause> township) {
        List<RecordedFinding> out = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        if (previous == null) {
            int n = 0;
            for (Finding f : fresh) {
                out.add(new RecordedFinding(++n, f, FindingOrigin.ENGINE, null));
            }
            return new Result(out, changes);
        }
        if (previous.townshipVersion() != townshipVersion) {
            changes.add("乡镇规划由第 " + previous.townshipVersion() + " 版变为第 " + townshipVersion + " 版");
        }
        if (previous.countyVersion() != countyVersion) {
            changes.add("县级规划（审查依据）由第 " + previous.countyVersion() + " 版变为第 " + countyVersion + " 版");
        }
        Set<Integer> used = new HashSet<>();
        int n = 0;
        for (Finding f : fresh) {
            Optional<RecordedFinding> before = previous.findings().stream()
                    .filter(p -> p.origin() == FindingOrigin.ENGINE && !used.contains(p.number())
                            && p.finding().requirement().equals(f.requirement()))
                    .findFirst();
            ReviewDecision kept = null;
            if (before.isEmpty()) {
                changes.add("新增审查事项：「" + shorten(f.requirement()) + "」（系统判定：" + f.status().label() + "）");
            } else {
                RecordedFinding p = before.get();
                used.add(p.number());
                kept = compare(previous.id(), p, f, changes);
            }
            out.add(new RecordedFinding(++n, f, FindingOrigin.ENGINE, kept));
        }
        for (RecordedFinding p : previous.findings()) {
            if (p.origin() == FindingOrigin.ENGINE && !used.contains(p.number())) {
                changes.add("审查事项已不在本次审查中：「" + shorten(p.finding().requirement()) + "」（原为"
                        + p.effective().label() + "）");
            }
        }
        for (RecordedFinding p : previous.findings()) {
            if (p.origin() == FindingOrigin.REVIEWER) {
                Optional<Clause> still = holding(township, p.finding().evidence());
                if (still.isPresent()) {
                    out.add(new RecordedFinding(++n, p.finding(), FindingOrigin.REVIEWER,
                            p.decision() == null ? null : p.decision().carriedFrom(previous.id())));
                } else {
                    changes.add("审查人补充事项「" + shorten(p.finding().requirement()) + "」所依据的乡镇规划文字「"
                            + shorten(p.finding().evidence()) + "」已不在新版本中，未沿用");
                }
            }
        }
        if (previous.conclusion() != null) {
            changes.add("上次审查结论「" + previous.conclusion().value() + "」不沿用，请重新确定审查结论");
        }
        return new Result(out, changes);
    }

    /** The previous decision on the same item if it still holds; otherwise the change is listed. */
    private static ReviewDecision compare(long previousId, RecordedFinding p, Finding f, List<String> changes) {
        String item = "「" + shorten(f.requirement()) + "」";
        boolean sameEvidence = p.finding().evidence().equals(f.evidence());
        boolean sameVerdict = p.finding().status() == f.status();
        ReviewDecision d = p.decision();
        if (d != null && sameEvidence && (d.kind() == DecisionKind.OVERRIDDEN || sameVerdict)) {
            return d.carriedFrom(previousId);
        }
        if (!sameEvidence) {
            changes.add(item + "：乡镇规划依据由「" + shorten(p.finding().evidence()) + "」变为「" + shorten(f.evidence()) + "」"
                    + (sameVerdict ? "" : "，系统判定由" + p.finding().status().label() + "变为" + f.status().label())
                    + (d == null ? "" : "；原审查人意见（" + d.words() + "）需重新确认"));
        } else if (!sameVerdict) {
            changes.add(item + "：系统判定由" + p.finding().status().label() + "变为" + f.status().label()
                    + (d == null ? "" : "；原审查人意见（" + d.words() + "）需重新确认"));
        }
        return null;
    }

    /** The clause of the new version whose text still has the words, if any. */
    static Optional<Clause> holding(List<Clause> township, String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        return ClauseTree.flatten(township).stream()
                .filter(c -> c.text() != null && c.text().contains(words) || c.heading() != null && c.heading().contains(words))
                .findFirst();
    }

    static String shorten(String s) {
        String t = s == null ? "" : s.replace('\n', ' ').strip();
        return t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "…";
    }
}
