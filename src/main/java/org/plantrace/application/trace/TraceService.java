package org.plantrace.application.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plantrace.citation.Citations;
import org.plantrace.conformance.ConformanceReviewer;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.conformance.Verdict;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.Checklists;
import org.plantrace.transmission.SourceClause;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * Builds the traceability matrix and the impact of one county clause. For each township of the
 * county's current published version: its checklist, and — where a township plan (level township,
 * parent the county, jurisdiction the township) is stored — the conformance engine's findings on
 * that plan's newest version, exactly as the {@code review} command would make them on the same text.
 */
public final class TraceService {
    private final PlanRepository repository;
    private final Checklists checklists;
    private final ConformanceReviewer reviewer;
    private final ReviewedVerdicts reviewed;

    public TraceService(PlanRepository repository, Checklists checklists, ReviewRules rules, Gazetteer gazetteer) {
        this(repository, checklists, rules, gazetteer, ReviewedVerdicts.NONE);
    }

    /** With the stored reviews: a reviewer's decision shows instead of the engine's verdict while its review holds. */
    public TraceService(PlanRepository repository, Checklists checklists, ReviewRules rules, Gazetteer gazetteer,
            ReviewedVerdicts reviewed) {
        this.repository = Objects.requireNonNull(repository);
        this.checklists = Objects.requireNonNull(checklists);
        this.reviewer = new ConformanceReviewer(rules, gazetteer);
        this.reviewed = Objects.requireNonNull(reviewed);
    }

    /** The current published version of the county plan, or a refusal naming the plan. */
    public PlanVersion county(String code) throws InputRejectedException {
        return repository.latestPublished(code).orElseThrow(() -> new InputRejectedException(code,
                "县级规划还没有已发布的版本，无法追溯；请先用 plantrace ingest --publish 发布 / the county plan has no published version"));
    }

    /** Every township the county version binds, or the one named (canonical name or gazetteer variant). */
    public List<TownshipTrace> townships(PlanVersion county, String only) throws InputRejectedException {
        return townships(county, only, true);
    }

    /**
     * As {@link #townships(PlanVersion, String)}; with {@code drafts} false each township plan is
     * judged on its newest <em>published</em> version (none: 无下级规划), which is what the public may see.
     */
    public List<TownshipTrace> townships(PlanVersion county, String only, boolean drafts) throws InputRejectedException {
        List<Target> targets = checklists.targets(county).stream().filter(t -> t.kind() == TargetKind.TOWNSHIP).toList();
        if (only != null) {
            Target wanted = targets.stream().filter(t -> t.name().equals(only.strip())).findFirst().orElse(null);
            if (wanted == null && checklists instanceof org.plantrace.transmission.RuleBasedChecklists rules) {
                wanted = rules.canonicalTarget(county, TargetKind.TOWNSHIP, only.strip()).filter(targets::contains).orElse(null);
            }
            if (wanted == null) {
                throw new InputRejectedException(only, "不是县级规划第 " + county.number() + " 版所辖的乡镇；可选："
                        + String.join("、", targets.stream().map(Target::name).toList()) + " / not a township of the county plan");
            }
            targets = List.of(wanted);
        }
        List<Plan> lower = repository.plans().stream()
                .filter(p -> county.plan().code().equals(p.parent()) && p.level() == PlanLevel.TOWNSHIP).toList();
        List<TownshipTrace> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(trace(county, t, lower, drafts));
        }
        return out;
    }

    private TownshipTrace trace(PlanVersion county, Target target, List<Plan> lower, boolean drafts) {
        Checklist checklist = checklists.derive(county, target);
        Optional<Plan> plan = lower.stream().filter(p -> p.township().equals(target.name())).findFirst();
        Optional<PlanVersion> version = plan.flatMap(p -> drafts ? repository.latestVersion(p.code())
                : repository.latestPublished(p.code()));
        List<ItemTrace> items = new ArrayList<>();
        if (version.isEmpty()) {
            checklist.requirements().forEach(i -> items.add(new ItemTrace(i, null)));
            return new TownshipTrace(target.name(), null, null, checklist, items);
        }
        // the engine judges only the requirements (an illustrative estimate binds nobody), one finding
        // per item, in item order, before the findings beyond the checklist
        Review review = reviewer.review(checklist, county, version.get());
        List<ChecklistItem> requirements = checklist.requirements();
        for (int i = 0; i < requirements.size(); i++) {
            items.add(new ItemTrace(requirements.get(i), review.findings().get(i)));
        }
        Optional<ReviewedVerdicts.Reviewed> stored = reviewed.latest(plan.get().code());
        List<ItemTrace> judged = stored.isPresent()
                ? StoredDecisions.apply(items, stored.get(), version.get().number(), county.number()) : items;
        // a review of a newer township version than the one traced (a draft, for the public) says nothing about it
        List<String> orphaned = stored.filter(r -> r.townshipVersion() <= version.get().number())
                .map(r -> StoredDecisions.orphaned(r, county)).orElse(List.of());
        return new TownshipTrace(target.name(), plan.get(), version.get(), checklist, judged, orphaned);
    }

    /** The matrix of the county version over the given townships. */
    public TraceMatrix matrix(PlanVersion county, List<TownshipTrace> townships) {
        List<TraceMatrix.Column> columns = new ArrayList<>();
        for (TownshipTrace t : townships) {
            columns.add(new TraceMatrix.Column(t.name(), t.hasPlan() ? t.plan().code() : null,
                    t.hasPlan() ? t.basis() : null, t.coverage(), t.orphaned().size()));
        }
        Citations citations = Citations.of(county.clauses());
        List<TraceMatrix.Row> rows = new ArrayList<>();
        for (Clause c : ClauseTree.flatten(county.clauses())) {
            Map<String, TraceMatrix.Cell> cells = new LinkedHashMap<>();
            for (TownshipTrace t : townships) {
                List<ItemTrace> from = from(t, c.uid());
                if (!from.isEmpty()) {
                    cells.put(t.name(), cell(t, from));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new TraceMatrix.Row(c.uid(), c.eId(), c.heading(), citations.label(c), cells));
            }
        }
        return new TraceMatrix(county.plan().code(), county.plan().name(), county.number(), columns, rows);
    }

    /** The township's items drawn from the county clause {@code uid}. */
    static List<ItemTrace> from(TownshipTrace t, String uid) {
        return t.items().stream().filter(i -> i.item().sourceClauses().stream().anyMatch(s -> uid.equals(s.uid()))).toList();
    }

    private static TraceMatrix.Cell cell(TownshipTrace t, List<ItemTrace> from) {
        if (!t.hasPlan()) {
            return new TraceMatrix.Cell(from.size(), CellStatus.NO_PLAN, List.of());
        }
        List<Verdict> verdicts = from.stream().map(i -> i.finding().status()).toList();
        return new TraceMatrix.Cell(from.size(), CellStatus.of(verdicts), townshipClauses(from));
    }

    static List<String> townshipClauses(List<ItemTrace> from) {
        Set<String> ids = new LinkedHashSet<>();
        for (ItemTrace i : from) {
            if (i.finding() != null) {
                i.finding().townshipClauses().forEach(c -> ids.add(c.id()));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * What changing the county clause {@code uid} touches: the townships drawing from it in the
     * published version, their items and clauses; and what the county's newer draft, if any, does to
     * the clause. A uid only the draft has is answered too (no township draws from it yet).
     */
    public Impact impact(PlanVersion county, String uid, List<TownshipTrace> townships) throws InputRejectedException {
        Optional<PlanVersion> draft = repository.latestVersion(county.plan().code()).filter(v -> v.number() > county.number());
        Clause published = find(county, uid);
        Clause drafted = draft.map(d -> find(d, uid)).orElse(null);
        if (published == null && drafted == null) {
            throw new InputRejectedException(uid, "不是县级规划第 " + county.number() + " 版（现行已发布版本）"
                    + (draft.isPresent() ? "或第 " + draft.get().number() + " 版草案" : "") + "中的条款编号"
                    + " / not a clause uid of the current published county version or its draft");
        }
        Impact.Draft change = draft.map(d -> new Impact.Draft(d.number(), d.status().name().toLowerCase(java.util.Locale.ROOT),
                published == null ? Impact.Draft.ADDED : drafted == null ? Impact.Draft.REMOVED
                        : same(published, drafted) ? Impact.Draft.UNCHANGED : Impact.Draft.CHANGED)).orElse(null);
        if (published == null) {
            return new Impact(county.plan().code(), county.number(), drafted.uid(), drafted.eId(), drafted.heading(),
                    Citations.of(draft.get().clauses()).label(drafted), change, List.of());
        }
        Clause clause = published;
        List<Impact.Township> affected = new ArrayList<>();
        for (TownshipTrace t : townships) {
            List<ItemTrace> from = from(t, uid);
            if (from.isEmpty()) {
                continue;
            }
            List<Impact.Item> items = new ArrayList<>();
            for (ItemTrace i : from) {
                ChecklistItem item = i.item();
                Finding f = i.finding();
                items.add(new Impact.Item(item.category(), item.requirement(), item.mandatory(),
                        f == null ? CellStatus.NO_PLAN : CellStatus.of(List.of(f.status())),
                        f == null ? List.of() : f.townshipClauses(), sourceIds(item)));
            }
            affected.add(new Impact.Township(t.name(), t.hasPlan() ? t.plan().code() : null,
                    t.hasPlan() ? t.planVersion().number() : 0, t.hasPlan() ? t.basis() : null, items));
        }
        List<Impact.Review> reviews = new ArrayList<>();
        for (TownshipTrace t : townships) {
            if (!t.hasPlan()) {
                continue;
            }
            List<ItemTrace> from = from(t, uid);
            reviewed.latest(t.plan().code()).filter(r -> !from.isEmpty()).ifPresent(r -> reviews.add(new Impact.Review(t.name(),
                    t.plan().code(), r.reviewId(), r.townshipVersion(), r.countyVersion(), r.reviewer(), r.at(),
                    (int) from.stream().filter(i -> r.decided().containsKey(i.item().requirement())).count())));
        }
        return new Impact(county.plan().code(), county.number(), clause.uid(), clause.eId(), clause.heading(),
                Citations.of(county.clauses()).label(clause), change, affected, reviews);
    }

    private static Clause find(PlanVersion v, String uid) {
        return ClauseTree.flatten(v.clauses()).stream().filter(c -> uid.equals(c.uid())).findFirst().orElse(null);
    }

    /** What a checklist reads of a clause: its heading, its words and whether it is mandatory. */
    private static boolean same(Clause a, Clause b) {
        return Objects.equals(a.heading(), b.heading()) && Objects.equals(a.text(), b.text()) && a.mandatory() == b.mandatory();
    }

    private static List<String> sourceIds(ChecklistItem item) {
        return item.sourceClauses().stream().map(SourceClause::uid).toList();
    }
}
