package org.plantrace.application.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.SpatialEngine;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistDiff;
import org.plantrace.transmission.ChecklistDiffs;
import org.plantrace.transmission.Checklists;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * Transmission checklists (传导清单) for the web page, the command line and the docx/pdf/json
 * writers: which townships and detailed-plan units a county plan version binds, the checklist of
 * one of them or of all, and the comparison of a checklist with the one derived from a base version
 * (rows UNCHANGED / CHANGED / ADDED / REMOVED; CHANGED items of the newer checklist are suspect).
 *
 * <p>Every method takes the {@link Actor} and first requires {@link Action#GENERATE_CHECKLIST}.
 * Published and superseded versions are open to everyone; drafts and versions in review also
 * require {@link Action#VIEW_DRAFT} (otherwise {@link org.plantrace.domain.account.AccessDeniedException}).
 * {@code versionNumber} {@link #LATEST} (0) means the newest version the actor may see: the newest
 * of all for drafters, reviewers and admins, the newest published one for the public. A plan,
 * version or target that does not exist gives {@link ChecklistNotFoundException} with a Chinese
 * message saying what to do.
 *
 * <p>Deriving is pure computation over the stored clause tree (no writes); the result is the same
 * for the same version, rules, gazetteer and layers, and items come in a fixed order.
 */
@ApplicationScoped
public class ChecklistService {
    /** Ask for the newest version the actor may see. */
    public static final int LATEST = 0;

    private PlanRepository repository;
    private Checklists checklists;
    private SpatialEngine spatial = JtsEngine.INSTANCE;
    /** Public versions' clauses and checklists: they never change, so each is read and derived once. */
    private final PublicVersions kept = new PublicVersions();

    /** For CDI's client proxy only. */
    protected ChecklistService() {
    }

    /**
     * The rules in the located templates folder ({@link RuleBasedChecklists#standard()}), loaded on
     * first use: a broken rules file then fails the request with its message
     * ({@link org.plantrace.transmission.RuleFileException}), not the injection.
     */
    public ChecklistService(PlanRepository repository) {
        this(repository, JtsEngine.INSTANCE);
    }

    /** As {@link #ChecklistService(PlanRepository)}, the township overlays run by {@code spatial} (PostGIS where the store has it). */
    @Inject
    public ChecklistService(PlanRepository repository, SpatialEngine spatial) {
        this.repository = Objects.requireNonNull(repository);
        this.spatial = Objects.requireNonNull(spatial);
    }

    public ChecklistService(PlanRepository repository, Checklists checklists) {
        this.repository = Objects.requireNonNull(repository);
        this.checklists = Objects.requireNonNull(checklists);
    }

    /**
     * The versions of the plan the actor may derive checklists from, oldest first, <em>without
     * clauses</em> (for choosing one: a page lists them on every view).
     */
    public List<PlanVersion> versions(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        requirePlan(planCode);
        boolean drafts = Permissions.standard().allows(actor, Action.VIEW_DRAFT);
        List<PlanVersion> out = new ArrayList<>();
        for (VersionSummary v : repository.versionSummaries(planCode)) {
            if (drafts || v.status().isPublic()) {
                out.add(v.header());
            }
        }
        return out;
    }

    /** The version a checklist would come from ({@link #LATEST} allowed), checked for visibility. */
    public PlanVersion version(Actor actor, String planCode, int versionNumber) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        return resolve(actor, planCode, versionNumber);
    }

    /** Every township and detailed-plan unit the version binds, townships first, in the plan's order. */
    public List<Target> targets(Actor actor, String planCode, int versionNumber) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        return targetsOf(resolve(actor, planCode, versionNumber));
    }

    /**
     * The target of that kind whose canonical name or any gazetteer variant (王庄堡, 东方城乡,
     * 详规单元01) is {@code name}; empty when the version binds no such target.
     */
    public Optional<Target> findTarget(Actor actor, String planCode, int versionNumber, TargetKind kind, String name) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        PlanVersion v = resolve(actor, planCode, versionNumber);
        String wanted = name == null ? "" : name.strip();
        List<Target> all = targetsOf(v);
        for (Target t : all) {
            if (t.kind() == kind && t.name().equals(wanted)) {
                return Optional.of(t);
            }
        }
        if (engine() instanceof RuleBasedChecklists rules) {
            return rules.canonicalTarget(v, kind, wanted).filter(all::contains);
        }
        return Optional.empty();
    }

    /** The checklist of one target; throws {@link ChecklistNotFoundException} if the version does not bind it. */
    public Checklist derive(Actor actor, String planCode, int versionNumber, Target target) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        VersionSummary summary = summary(actor, planCode, versionNumber);
        PlanVersion v = load(summary);
        requireTarget(v, target);
        if (!PublicVersions.cacheable(summary)) {
            return engine().derive(v, target);
        }
        return kept.checklist(summary, target, () -> engine().derive(v, target));
    }

    /** The checklist of every target of the version, in {@link #targets} order (batch generation). */
    public List<Checklist> deriveAll(Actor actor, String planCode, int versionNumber) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        PlanVersion v = resolve(actor, planCode, versionNumber);
        List<Checklist> out = new ArrayList<>();
        for (Target t : engine().targets(v)) {
            out.add(engine().derive(v, t));
        }
        return out;
    }

    /**
     * The target's checklist from {@code baseVersion} beside the one from {@code versionNumber}.
     * In the diff's {@code current} checklist, items with a CHANGED source clause carry
     * {@code suspect = true}. A target the base version did not bind compares with an empty list.
     */
    public ChecklistDiff compare(Actor actor, String planCode, int baseVersion, int versionNumber, Target target) {
        Permissions.standard().require(actor, Action.GENERATE_CHECKLIST);
        PlanVersion base = resolve(actor, planCode, baseVersion);
        PlanVersion current = resolve(actor, planCode, versionNumber);
        requireTarget(current, target);
        Checklist before = engine().targets(base).contains(target) ? engine().derive(base, target)
                : new Checklist(target, base.plan().code(), base.plan().name(), base.number(), base.createdAt(), List.of());
        return ChecklistDiffs.compare(before, engine().derive(current, target));
    }

    private PlanVersion resolve(Actor actor, String planCode, int versionNumber) {
        return load(summary(actor, planCode, versionNumber));
    }

    /**
     * Which version is meant, from the clause-free summaries (one small query): the newest the actor
     * may see for {@link #LATEST}, else the numbered one if the actor may see it.
     */
    private VersionSummary summary(Actor actor, String planCode, int versionNumber) {
        requirePlan(planCode);
        boolean drafts = Permissions.standard().allows(actor, Action.VIEW_DRAFT);
        List<VersionSummary> all = repository.versionSummaries(planCode);
        if (versionNumber == LATEST) {
            return all.stream().filter(v -> drafts || v.status() == VersionStatus.PUBLISHED)
                    .max(java.util.Comparator.comparingInt(VersionSummary::number))
                    .orElseThrow(() -> new ChecklistNotFoundException(
                            Message.of("checklist.notFound.noPublished", planCode)));
        }
        VersionSummary v = all.stream().filter(x -> x.number() == versionNumber).findFirst()
                .orElseThrow(() -> new ChecklistNotFoundException(
                        Message.of("checklist.notFound.version", planCode, versionNumber)));
        if (!v.status().isPublic()) {
            Permissions.standard().require(actor, Action.VIEW_DRAFT);
        }
        return v;
    }

    /** The version with its clauses: a public one from memory after its first read, a draft always fresh. */
    private PlanVersion load(VersionSummary s) {
        java.util.function.Supplier<PlanVersion> read = () -> repository.version(s.plan().code(), s.number())
                .orElseThrow(() -> new ChecklistNotFoundException(
                        Message.of("checklist.notFound.version", s.plan().code(), s.number())));
        return PublicVersions.cacheable(s) ? kept.version(s, read) : read.get();
    }

    private void requirePlan(String planCode) {
        if (planCode == null || repository.plan(planCode).isEmpty()) {
            throw new ChecklistNotFoundException(Message.of("checklist.notFound.plan", planCode));
        }
    }

    private void requireTarget(PlanVersion v, Target target) {
        if (target == null || !targetsOf(v).contains(target)) {
            throw new ChecklistNotFoundException(target == null
                    ? Message.of("checklist.notFound.noTarget", v.number())
                    : Message.of("checklist.notFound.target", v.number(), target.kind(), target.name()));
        }
    }

    private List<Target> targetsOf(PlanVersion v) {
        return kept.targets(v, () -> engine().targets(v));
    }

    private synchronized Checklists engine() {
        if (checklists == null) {
            checklists = RuleBasedChecklists.standard(spatial);
        }
        return checklists;
    }

}
