package org.plantrace.application.conformance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.application.jobs.JobClaims;
import org.plantrace.conformance.ConformanceReviewer;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.conformance.Conclusion;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.ConformanceRecords;
import org.plantrace.domain.conformance.DecisionKind;
import org.plantrace.domain.conformance.FindingOrigin;
import org.plantrace.domain.conformance.RecordedFinding;
import org.plantrace.domain.conformance.ReviewDecision;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.Checklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * Stored conformance reviews of township plans. Every method taking an {@link Actor} first requires
 * {@link Action#CONFORMANCE_REVIEW} (reviewers and admins); a change is stored with its audit entry in
 * one transaction, and a refusal ({@link ConformanceReviewException}, Chinese message) stores nothing.
 * The engine runs as the trace matrix runs it ({@link ConformanceReviewer#review(Checklist, PlanVersion,
 * PlanVersion)}): the township plan's newest version against the county's current published version.
 */
public class ConformanceReviewService {
    /** Longest note a reviewer may write on a finding or a conclusion. */
    public static final int MAX_NOTE = 2000;
    /** The rule name of findings a reviewer added. */
    public static final String REVIEWER_RULE = "reviewer";
    public static final String REVIEWER_CATEGORY = "审查人补充";
    /** The kind of job a review run claims, per township plan ({@link JobClaims}). */
    public static final String REVIEW_JOB = "review";
    private static final java.time.format.DateTimeFormatter STARTED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    private PlanRepository plans;
    private Checklists checklists;
    private Function<String, Gazetteer> gazetteers;
    private ConformanceRecords records;
    private Clock clock;
    private ReviewRules rules;
    private JobClaims claims;

    /** For CDI's client proxy only. */
    protected ConformanceReviewService() {
    }

    /**
     * @param gazetteers the gazetteer of a county plan, by its code (the plan package's)
     */
    public ConformanceReviewService(PlanRepository plans, Checklists checklists, Function<String, Gazetteer> gazetteers,
            ConformanceRecords records, Clock clock) {
        this(plans, checklists, gazetteers, records, clock, JobClaims.inProcess("this-process"));
    }

    /**
     * @param claims where a run claims its township plan, so that two app nodes sharing the database
     *               never run the review of one township plan at once (each would carry the same
     *               previous review over, and the history would fork)
     */
    public ConformanceReviewService(PlanRepository plans, Checklists checklists, Function<String, Gazetteer> gazetteers,
            ConformanceRecords records, Clock clock, JobClaims claims) {
        this.claims = Objects.requireNonNull(claims);
        this.plans = Objects.requireNonNull(plans);
        this.checklists = Objects.requireNonNull(checklists);
        this.gazetteers = Objects.requireNonNull(gazetteers);
        this.records = Objects.requireNonNull(records);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Runs the review of the township plan's newest version against the county's current published
     * version and stores it. When the plan was reviewed before, the reviewer's decisions whose words
     * still hold are carried over and the changes are listed in the new record ({@link Carryover}).
     * Refused while the same township plan's review runs elsewhere (another app node, another request).
     */
    public ConformanceRecord run(Actor actor, String townshipPlan) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        Plan plan = townshipPlan(townshipPlan);
        JobClaims.Claim claim = claims.claim(REVIEW_JOB, plan.code()).orElseThrow(() -> new ConformanceReviewException(
                claims.holder(REVIEW_JOB, plan.code())
                        .map(c -> Message.of("conformance.runBusySince", plan.name(), STARTED.format(c.since())))
                        .orElse(Message.of("conformance.runBusy", plan.name()))));
        try {
            return runClaimed(actor, plan);
        } finally {
            claims.release(claim);
        }
    }

    private ConformanceRecord runClaimed(Actor actor, Plan plan) {
        PlanVersion township = plans.latestVersion(plan.code()).orElseThrow(() ->
                new ConformanceReviewException(Message.of("conformance.noTownshipVersion", plan.name())));
        PlanVersion county = plans.latestPublished(plan.parent()).orElseThrow(() ->
                new ConformanceReviewException(Message.of("conformance.noCountyVersion", plan.parent())));
        Target target = checklists.targets(county).stream()
                .filter(t -> t.kind() == TargetKind.TOWNSHIP && t.name().equals(plan.township())).findFirst()
                .orElseThrow(() -> new ConformanceReviewException(Message.of("conformance.noChecklist", county.number(), plan.township())));
        Checklist checklist = checklists.derive(county, target);
        Review review = new ConformanceReviewer(rules(), gazetteers.apply(county.plan().code())).review(checklist, county, township);
        ConformanceRecord previous = records.latest(plan.code()).orElse(null);
        Carryover.Result carried = Carryover.apply(previous, review.findings(), township.number(), county.number(), township.clauses());
        ConformanceRecord fresh = new ConformanceRecord(0, 0, plan.code(), township.number(), county.plan().code(), county.number(),
                target.name(), county.plan().name(), plan.name(), Fingerprint.of(target.name(), checklist),
                actor.username(), clock.instant(), review.conclusion(), null, previous == null ? 0 : previous.id(),
                carried.changes(), carried.findings());
        String detail = previous == null ? "运行符合性审查" : "重新运行符合性审查（上次为审查记录 #" + previous.id() + "）";
        return records.save(fresh, AuditTrail.entry(clock, actor, Action.CONFORMANCE_REVIEW, detail, plan.code(),
                township.number(), "", "", "对照县级规划第 " + county.number() + " 版：" + summary(fresh)));
    }

    /** A stored review by its id. */
    public Optional<ConformanceRecord> review(Actor actor, long id) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        return records.find(id);
    }

    /** The township plan's stored reviews, newest first, without their findings. */
    public List<ConformanceRecord> history(Actor actor, String townshipPlan) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        return records.history(townshipPlan);
    }

    /** The newest stored review of the township plan and whether it is outdated. */
    public Optional<ReviewState> latest(Actor actor, String townshipPlan) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        return latestState(townshipPlan);
    }

    /**
     * Read API for the traceability matrix (#12) and other readers that already hold the store (the
     * command line) — <b>no permission check</b>: callers facing a person check it themselves (see
     * {@link #latest(Actor, String)}). The newest stored review of the township plan {@code townshipPlan}
     * (its code), empty when none is stored; its {@link ReviewState#effectiveVerdicts()} are, per
     * finding in order, the reviewer's verdict where they confirmed or overrode it and the engine's
     * otherwise; {@link ReviewState#outdated()} is true (需复核) when the township plan has a newer
     * version, or the county plan a newer published version, than the review used.
     */
    public Optional<ReviewState> latestState(String townshipPlan) {
        return records.latest(townshipPlan).map(this::state);
    }

    /**
     * The stored reviews as the traceability matrix reads them (issue #12): for a township plan, its
     * newest review and the verdicts a reviewer confirmed or overrode, by checklist requirement.
     * No permission check: the matrix shows verdicts, not the reviewers' notes.
     */
    public org.plantrace.application.trace.ReviewedVerdicts reviewedVerdicts() {
        return new org.plantrace.application.trace.ReviewedVerdicts() {
            @Override
            public Optional<Reviewed> latest(String plan) {
                return reviewed(plan);
            }

            /** The newest review's id and row version (a decision bumps it): no findings read. */
            @Override
            public Object stamp(String plan) {
                return records.history(plan).stream().findFirst().map(r -> r.id() + ":" + r.rowVersion()).orElse(null);
            }
        };
    }

    private Optional<org.plantrace.application.trace.ReviewedVerdicts.Reviewed> reviewed(String plan) {
        return latestState(plan).map(s -> {
            ConformanceRecord r = s.record();
            java.util.Map<String, Verdict> decided = new java.util.HashMap<>();
            List<org.plantrace.application.trace.ReviewedVerdicts.Carried> carried = new ArrayList<>();
            for (RecordedFinding f : r.findings()) {
                if (f.origin() == FindingOrigin.ENGINE && f.decided()) {
                    decided.putIfAbsent(f.finding().requirement(), f.effective());
                }
                if (!f.finding().townshipClauses().isEmpty()) {
                    carried.add(new org.plantrace.application.trace.ReviewedVerdicts.Carried(
                            f.finding().countyClauses().stream().map(Finding.CountyCite::uid).toList(),
                            f.finding().townshipClauses().stream().map(Finding.TownshipCite::id).toList()));
                }
            }
            return new org.plantrace.application.trace.ReviewedVerdicts.Reviewed(r.id(), r.townshipVersion(),
                    r.countyVersion(), r.ranBy(), r.ranAt(), s.outdated(), decided, carried);
        });
    }

    /** The record with its 需复核 state now. */
    public ReviewState state(ConformanceRecord r) {
        List<Message> reasons = new ArrayList<>();
        plans.versionSummaries(r.townshipPlan()).stream().mapToInt(VersionSummary::number).max()
                .ifPresent(n -> {
                    if (n > r.townshipVersion()) {
                        reasons.add(Message.of("conformance.outdated.township", n, r.townshipVersion()));
                    }
                });
        plans.latestPublishedSummary(r.countyPlan()).ifPresent(v -> {
            if (v.number() > r.countyVersion()) {
                reasons.add(Message.of("conformance.outdated.county", v.number(), r.countyVersion()));
            }
        });
        return new ReviewState(r, !reasons.isEmpty(), reasons);
    }

    /**
     * Confirms finding {@code number} (its engine verdict stands; the note is optional) or overrides it
     * with {@code verdict}, which needs a note. An accepted deviation keeps the engine's reason beside
     * the reviewer's note. {@code rowVersion} is the record's as the reviewer saw it.
     */
    public ConformanceRecord decide(Actor actor, long reviewId, long rowVersion, int number, DecisionKind kind,
            Verdict verdict, String note) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        ConformanceRecord r = current(reviewId, rowVersion);
        RecordedFinding f = r.finding(number).orElseThrow(() ->
                new ConformanceReviewException(Message.of("conformance.noItem", reviewId, number)));
        String words = note(note);
        Verdict stands;
        if (kind == DecisionKind.CONFIRMED) {
            stands = f.finding().status();
        } else {
            if (verdict == null) {
                throw new ConformanceReviewException(Message.of("conformance.override.noVerdict"));
            }
            if (words.isEmpty()) {
                throw new ConformanceReviewException(Message.of("conformance.override.noNote"));
            }
            if (verdict == f.finding().status()) {
                throw new ConformanceReviewException(Message.of("conformance.override.same", verdict));
            }
            stands = verdict;
        }
        ReviewDecision d = new ReviewDecision(kind, stands, words, actor.username(), clock.instant(), 0);
        ConformanceRecord changed = r.with(f.withDecision(d));
        String before = f.decision() == null ? "系统判定：" + f.finding().status().label() : f.decision().words();
        return records.save(changed, AuditTrail.entry(clock, actor, Action.CONFORMANCE_REVIEW,
                kind.label() + "审查事项 #" + number + "（审查记录 #" + reviewId + "）", r.townshipPlan(), r.townshipVersion(),
                "", before, d.words()));
    }

    /**
     * Adds a finding the engine did not make: the township clause (durable id) of the reviewed version,
     * the words selected in it (the whole clause when blank; they must be in the clause), the verdict,
     * what was reviewed (审查事项; a default when blank) and the reviewer's note (required).
     */
    public ConformanceRecord addFinding(Actor actor, long reviewId, long rowVersion, String clauseUid, String selected,
            Verdict verdict, String requirement, String note) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        ConformanceRecord r = current(reviewId, rowVersion);
        Clause clause = townshipClauses(r).stream().filter(c -> c.uid() != null && c.uid().equals(clauseUid)).findFirst()
                .orElseThrow(() -> new ConformanceReviewException(Message.of("conformance.add.noClause", r.townshipVersion())));
        String words = note(note);
        if (verdict == null) {
            throw new ConformanceReviewException(Message.of("conformance.add.noVerdict"));
        }
        if (words.isEmpty()) {
            throw new ConformanceReviewException(Message.of("conformance.add.noNote"));
        }
        String text = clause.text() == null ? "" : clause.text();
        String evidence = selected == null || selected.isBlank() ? text : selected.strip();
        if (!text.contains(evidence) && !(clause.heading() != null && clause.heading().contains(evidence))) {
            throw new ConformanceReviewException(Message.of("conformance.add.notInClause"));
        }
        String item = requirement == null || requirement.isBlank() ? REVIEWER_CATEGORY + "事项" : requirement.strip();
        Finding added = new Finding(verdict, REVIEWER_CATEGORY, item, false, verdict == Verdict.MET ? Finding.NONE : Finding.ORDINARY,
                List.of(), List.of(new Finding.TownshipCite(clause.eId(), clause.heading(), text)), evidence, words, REVIEWER_RULE);
        ReviewDecision d = new ReviewDecision(DecisionKind.CONFIRMED, verdict, words, actor.username(), clock.instant(), 0);
        ConformanceRecord changed = r.plus(new RecordedFinding(0, added, FindingOrigin.REVIEWER, d));
        return records.save(changed, AuditTrail.entry(clock, actor, Action.CONFORMANCE_REVIEW,
                "补充审查事项 #" + r.nextNumber() + "（审查记录 #" + reviewId + "）", r.townshipPlan(), r.townshipVersion(),
                clauseUid, "", verdict.label() + "：" + evidence + "\n" + words));
    }

    /** Sets the overall conclusion, one of {@link Conclusion#OPTIONS}, with an optional note. */
    public ConformanceRecord conclude(Actor actor, long reviewId, long rowVersion, String conclusion, String note) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        ConformanceRecord r = current(reviewId, rowVersion);
        if (conclusion == null || !Conclusion.OPTIONS.contains(conclusion)) {
            throw new ConformanceReviewException(Message.of("conformance.conclusion.options", String.join("、", Conclusion.OPTIONS)));
        }
        Conclusion c = new Conclusion(conclusion, note(note), actor.username(), clock.instant());
        String before = r.conclusion() == null ? "（未定，系统建议：" + r.suggested() + "）" : r.conclusion().value();
        return records.save(r.concluded(c), AuditTrail.entry(clock, actor, Action.CONFORMANCE_REVIEW,
                "确定审查结论（审查记录 #" + reviewId + "）", r.townshipPlan(), r.townshipVersion(), "", before,
                c.note().isEmpty() ? c.value() : c.value() + "：" + c.note()));
    }

    /** The clauses of the township version a record reviewed, flattened in plan order. */
    public List<Clause> townshipClauses(Actor actor, ConformanceRecord r) {
        Permissions.standard().require(actor, Action.CONFORMANCE_REVIEW);
        return townshipClauses(r);
    }

    private List<Clause> townshipClauses(ConformanceRecord r) {
        return plans.version(r.townshipPlan(), r.townshipVersion()).map(v -> ClauseTree.flatten(v.clauses())).orElse(List.of());
    }

    private ConformanceRecord current(long reviewId, long rowVersion) {
        ConformanceRecord r = records.find(reviewId).orElseThrow(() ->
                new ConformanceReviewException(Message.of("conformance.noRecord", reviewId)));
        if (r.rowVersion() != rowVersion) {
            throw new org.plantrace.domain.conformance.StaleRecordException();
        }
        if (records.latest(r.townshipPlan()).map(ConformanceRecord::id).orElse(r.id()) != r.id()) {
            throw new ConformanceReviewException(Message.of("conformance.superseded", reviewId));
        }
        return r;
    }

    private Plan townshipPlan(String code) {
        Plan plan = plans.plan(code == null ? "" : code).orElseThrow(() ->
                new ConformanceReviewException(Message.of("conformance.noPlan", code)));
        if (plan.parent() == null || plan.township().isEmpty()) {
            throw new ConformanceReviewException(Message.of("conformance.notTownship", plan.name()));
        }
        return plan;
    }

    private static String note(String note) {
        String s = note == null ? "" : note.replace("\r\n", "\n").strip();
        if (s.length() > MAX_NOTE) {
            throw new ConformanceReviewException(Message.of("conformance.noteTooLong", MAX_NOTE));
        }
        return s;
    }

    private static String summary(ConformanceRecord r) {
        StringBuilder s = new StringBuilder("审查事项 " + r.findings().size() + " 项（");
        r.summary().forEach((v, n) -> s.append(v.label()).append(' ').append(n).append("，"));
        return s.substring(0, s.length() - 1) + "）；系统建议：" + r.suggested();
    }

    private synchronized ReviewRules rules() {
        if (rules == null) {
            rules = ReviewRules.standard();
        }
        return rules;
    }
}
