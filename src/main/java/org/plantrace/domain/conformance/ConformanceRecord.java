package org.plantrace.domain.conformance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.conformance.Verdict;

/**
 * A stored conformance review: township plan version × county plan version × the checklist it used,
 * its findings with the reviewer's decisions, who ran it and when, the engine's suggested conclusion
 * and the reviewer's. Immutable: each change gives a new record, which the repository stores against
 * {@code rowVersion} (two reviewers saving the same review cannot overwrite each other silently).
 *
 * @param id              0 until stored
 * @param rowVersion      the stored row's version, for optimistic locking
 * @param townshipPlan    the township plan's code
 * @param townshipVersion the township plan version reviewed
 * @param countyPlan      the county plan's code
 * @param countyVersion   the county plan version reviewed against (its current published one when run)
 * @param township        the township's canonical name (the checklist's target)
 * @param countyTitle     the county plan's title
 * @param townshipTitle   the township plan's title
 * @param checklist       the checklist used: its target, item count and fingerprint of its requirements
 * @param ranBy           who ran the review
 * @param ranAt           when
 * @param suggested       the engine's suggested conclusion
 * @param conclusion      the reviewer's conclusion, null until set
 * @param previous        the id of the review this one re-ran, 0 for a first review
 * @param changes         what changed against the previous review, in words (empty for a first review)
 * @param findings        the findings, numbered from 1 in order
 */
public record ConformanceRecord(long id, long rowVersion, String townshipPlan, int townshipVersion, String countyPlan,
        int countyVersion, String township, String countyTitle, String townshipTitle, ChecklistUsed checklist,
        String ranBy, Instant ranAt, String suggested, Conclusion conclusion, long previous, List<String> changes,
        List<RecordedFinding> findings) {

    /** The checklist a review used: target name, number of items, and a fingerprint of their words. */
    public record ChecklistUsed(String target, int items, String fingerprint) {
        public ChecklistUsed {
            Objects.requireNonNull(target, "target");
            fingerprint = fingerprint == null ? "" : fingerprint;
        }
    }

    public ConformanceRecord {
        Objects.requireNonNull(townshipPlan, "townshipPlan");
        Objects.requireNonNull(countyPlan, "countyPlan");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(ranAt, "ranAt");
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    public Optional<RecordedFinding> finding(int number) {
        return findings.stream().filter(f -> f.number() == number).findFirst();
    }

    /** This record with finding {@code number} replaced by {@code f}. */
    public ConformanceRecord with(RecordedFinding f) {
        List<RecordedFinding> out = new ArrayList<>(findings);
        out.replaceAll(x -> x.number() == f.number() ? f : x);
        return new ConformanceRecord(id, rowVersion, townshipPlan, townshipVersion, countyPlan, countyVersion, township,
                countyTitle, townshipTitle, checklist, ranBy, ranAt, suggested, conclusion, previous, changes, out);
    }

    /** This record with one more finding at the end (numbered next). */
    public ConformanceRecord plus(RecordedFinding f) {
        List<RecordedFinding> out = new ArrayList<>(findings);
        out.add(new RecordedFinding(nextNumber(), f.finding(), f.origin(), f.decision()));
        return new ConformanceRecord(id, rowVersion, townshipPlan, townshipVersion, countyPlan, countyVersion, township,
                countyTitle, townshipTitle, checklist, ranBy, ranAt, suggested, conclusion, previous, changes, out);
    }

    public ConformanceRecord concluded(Conclusion c) {
        return new ConformanceRecord(id, rowVersion, townshipPlan, townshipVersion, countyPlan, countyVersion, township,
                countyTitle, townshipTitle, checklist, ranBy, ranAt, suggested, c, previous, changes, findings);
    }

    public int nextNumber() {
        return findings.stream().mapToInt(RecordedFinding::number).max().orElse(0) + 1;
    }

    /** How many findings have each effective verdict (every verdict present, 0 when none). */
    public Map<Verdict, Integer> summary() {
        Map<Verdict, Integer> s = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            s.put(v, 0);
        }
        findings.forEach(f -> s.merge(f.effective(), 1, Integer::sum));
        return s;
    }

    /** How many findings still wait for the reviewer's decision. */
    public long undecided() {
        return findings.stream().filter(f -> !f.decided()).count();
    }
}
