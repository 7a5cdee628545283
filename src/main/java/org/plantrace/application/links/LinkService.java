package org.plantrace.application.links;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plantrace.application.VersionListener;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkRepository;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.domain.link.LinkTarget;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;

/**
 * The link store's use cases: derive and store the suggested links of each stored version (as a
 * {@link VersionListener}), let a drafter decide on them, and answer the effective links.
 * See the package documentation for the contract.
 */
@ApplicationScoped
public class LinkService implements VersionListener {
    private PlanRepository plans;
    private LinkRepository links;
    private LinkDerivation derivation;
    private Clock clock;
    private volatile VersionListener changes = VersionListener.NONE;
    /** Longest anchor a drafter may add: a link names a figure or a place, not a paragraph. */
    public static final int MAX_ANCHOR = 500;

    /** For CDI's client proxy only. */
    protected LinkService() {
    }

    @Inject
    public LinkService(PlanRepository plans, LinkRepository links) {
        this(plans, links, LinkDerivation.standard(), Clock.systemUTC());
    }

    public LinkService(PlanRepository plans, LinkRepository links, LinkDerivation derivation, Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.links = Objects.requireNonNull(links);
        this.derivation = Objects.requireNonNull(derivation);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Told, with the version re-read from the store, after a drafter's decision changed its links (the search index). */
    public void setChangeListener(VersionListener listener) {
        this.changes = Objects.requireNonNull(listener);
    }

    /** What a derivation did. */
    public record Derivation(int clauses, int changedClauses, int links, int decisionsKept, int decisionsDropped) {
    }

    // ---- (a) derive and store ------------------------------------------------------------------

    /** A version was stored (ingest, edit, status change): derive its links, keeping decisions. */
    @Override
    public void stored(PlanVersion version) {
        derive(version);
    }

    /**
     * Derives the version's links and stores what changed. Decisions come from the version's own
     * links when it has some (an edit), else from the plan's previous derived version (a new upload),
     * clause by durable id; only clauses whose links differ are rewritten.
     */
    public synchronized Derivation derive(PlanVersion version) {
        String plan = version.plan().code();
        int number = version.number();
        boolean again = links.derived(plan, number);
        List<Link> before = again ? links.ofVersion(plan, number) : previousDecisions(plan, number);
        Map<String, List<Link>> beforeByClause = byClause(before);
        Map<String, List<Link>> existing = again ? beforeByClause : Map.of();
        Instant now = clock.instant();
        List<Link> write = new ArrayList<>();
        Set<String> rewrite = new LinkedHashSet<>();
        Set<String> present = new LinkedHashSet<>();
        int kept = 0;
        int dropped = 0;
        int total = 0;
        List<Clause> clauses = ClauseTree.flatten(version.clauses());
        for (Clause c : clauses) {
            if (c.uid() == null || !present.add(c.uid())) {
                continue;
            }
            LinkMerge.Result merged = LinkMerge.merge(c, number, derivation.suggest(plan, number, c, now),
                    beforeByClause.getOrDefault(c.uid(), List.of()));
            kept += merged.kept();
            dropped += merged.dropped();
            total += merged.links().size();
            if (!again || !LinkMerge.same(merged.links(), existing.getOrDefault(c.uid(), List.of()))) {
                rewrite.add(c.uid());
                write.addAll(merged.links());
            }
        }
        for (String gone : existing.keySet()) {
            if (!present.contains(gone)) {
                rewrite.add(gone); // a deleted clause takes its links with it
            }
        }
        if (!again || !rewrite.isEmpty()) {
            links.replace(plan, number, rewrite, write);
        }
        return new Derivation(present.size(), rewrite.size(), total, kept, dropped);
    }

    /** Only these clauses' content changed (a drafter's save): re-derive just them. */
    @Override
    public void changed(PlanVersion version, Set<String> clauseUids) {
        derive(version, clauseUids);
    }

    /**
     * As {@link #derive(PlanVersion)} for the named clauses only, keeping their decisions; the other
     * clauses' links are not read. A version never derived is derived whole (nothing to keep yet).
     */
    public synchronized Derivation derive(PlanVersion version, Set<String> clauseUids) {
        String plan = version.plan().code();
        int number = version.number();
        if (!links.derived(plan, number)) {
            return derive(version);
        }
        Map<String, Clause> byUid = new HashMap<>();
        ClauseTree.walk(version.clauses(), (c, parent) -> byUid.putIfAbsent(c.uid(), c));
        Instant now = clock.instant();
        List<Link> write = new ArrayList<>();
        Set<String> rewrite = new LinkedHashSet<>();
        int kept = 0;
        int dropped = 0;
        int total = 0;
        for (String uid : clauseUids) {
            Clause c = byUid.get(uid);
            List<Link> existing = links.ofClause(plan, number, uid);
            List<Link> merged = List.of();
            if (c != null) {
                LinkMerge.Result r = LinkMerge.merge(c, number, derivation.suggest(plan, number, c, now), existing);
                kept += r.kept();
                dropped += r.dropped();
                merged = r.links();
            }
            total += merged.size();
            if (!LinkMerge.same(merged, existing)) {
                rewrite.add(uid);
                write.addAll(merged);
            }
        }
        if (!rewrite.isEmpty()) {
            links.replace(plan, number, rewrite, write);
        }
        return new Derivation(clauseUids.size(), rewrite.size(), total, kept, dropped);
    }

    /** The decided links of the newest earlier version that was derived, for carrying them over. */
    private List<Link> previousDecisions(String plan, int number) {
        for (int n = number - 1; n >= 1; n--) {
            if (links.derived(plan, n)) {
                return links.ofVersion(plan, n).stream().filter(l -> l.status().decided()).toList();
            }
        }
        return List.of();
    }

    private static Map<String, List<Link>> byClause(List<Link> all) {
        Map<String, List<Link>> out = new HashMap<>();
        all.forEach(l -> out.computeIfAbsent(l.clauseUid(), k -> new ArrayList<>()).add(l));
        return out;
    }

    // ---- (b) a drafter decides -----------------------------------------------------------------

    public Link accept(Actor actor, long linkId) {
        return decide(actor, linkId, LinkStatus.ACCEPTED, null);
    }

    public Link reject(Actor actor, long linkId) {
        return decide(actor, linkId, LinkStatus.REJECTED, null);
    }

    /** Replaces what a suggested (or already decided) link points to; it stays tied to its suggestion. */
    public Link edit(Actor actor, long linkId, LinkTarget corrected) {
        Objects.requireNonNull(corrected, "corrected");
        return decide(actor, linkId, LinkStatus.EDITED, corrected);
    }

    /**
     * Adds a link the extraction missed. The anchor must be the clause's own words at that place.
     *
     * @throws IllegalArgumentException (message in Chinese) when the clause does not exist or the anchor text is not there
     */
    public Link add(Actor actor, String plan, int version, String clauseUid, LinkTarget target, Anchor anchor) {
        Permissions.standard().require(actor, Action.CURATE_LINKS);
        Clause clause = plans.clause(plan, version, clauseUid).orElseThrow(() -> new IllegalArgumentException(
                "找不到条款 " + clauseUid + "（规划 " + plan + " 第 " + version + " 版），无法添加关联"));
        if (anchor.text().length() > MAX_ANCHOR) {
            throw new IllegalArgumentException("所选原文有 " + anchor.text().length() + " 字，超过 " + MAX_ANCHOR
                    + " 字；请只选中指标或地名本身");
        }
        if (!anchor.matches(clause.heading(), clause.text())) {
            throw new IllegalArgumentException("条款 " + clauseUid + " 的" + (anchor.field() == Anchor.Field.HEADING ? "标题" : "正文")
                    + "在 [" + anchor.start() + "," + anchor.end() + ") 处不是“" + anchor.text() + "”，请选中条文中的原文再添加");
        }
        Link saved;
        synchronized (this) {
            saved = links.save(new Link(null, plan, version, clauseUid, target, anchor, null, LinkStatus.ADDED,
                    actor.username(), clock.instant()));
        }
        changed(plan, version);
        return saved;
    }

    private Link decide(Actor actor, long linkId, LinkStatus status, LinkTarget target) {
        Permissions.standard().require(actor, Action.CURATE_LINKS);
        Link saved = decideLocked(actor, linkId, status, target);
        changed(saved.plan(), saved.version());
        return saved;
    }

    /** Under the service's lock, so that a derivation rewriting the clause cannot drop the decision. */
    private synchronized Link decideLocked(Actor actor, long linkId, LinkStatus status, LinkTarget target) {
        Link link = links.byId(linkId).orElseThrow(() -> new IllegalArgumentException("找不到关联 #" + linkId + "，可能条款已修改，请刷新页面"));
        // an added link accepted or edited stays added; rejected, it is withdrawn, and remembered as a
        // rejection of its own words so that a later identical suggestion stays rejected too
        LinkStatus next = link.status() == LinkStatus.ADDED && status != LinkStatus.REJECTED ? LinkStatus.ADDED : status;
        String origin = link.origin() == null && next != LinkStatus.ADDED ? link.target().key() : link.origin();
        LinkTarget newTarget = target == null ? link.target() : target;
        return links.save(new Link(link.id(), link.plan(), link.version(), link.clauseUid(), newTarget,
                link.anchor(), origin, next, actor.username(), clock.instant()));
    }

    private void changed(String plan, int version) {
        VersionListener l = changes;
        if (l == VersionListener.NONE) {
            return;
        }
        Optional<PlanVersion> latest = plans.latestVersion(plan).filter(v -> v.number() == version);
        Optional<PlanVersion> found = latest.isPresent() ? latest
                : plans.versions(plan).stream().filter(v -> v.number() == version).findFirst();
        found.ifPresent(v -> {
            try {
                l.stored(v);
            } catch (RuntimeException e) {
                System.getLogger(LinkService.class.getName()).log(System.Logger.Level.WARNING,
                        "links changed, listener failed: " + plan + " v" + version, e);
            }
        });
    }

    // ---- (c) the effective links ---------------------------------------------------------------

    /** Every link of a clause with its status, for the drafter's curation: rejected ones included. */
    public List<Link> allLinks(String plan, int version, String clauseUid) {
        return links.ofClause(plan, version, clauseUid).stream().sorted(LinkMerge.ORDER).toList();
    }

    public Optional<Link> link(long id) {
        return links.byId(id);
    }

    /** The links that count for a clause: every status but rejected. */
    public List<Link> effectiveLinks(String plan, int version, String clauseUid) {
        return allLinks(plan, version, clauseUid).stream().filter(Link::effective).toList();
    }

    /** The links that count for a version, grouped by clause uid in document order of first link. */
    public Map<String, List<Link>> effectiveLinks(String plan, int version) {
        Map<String, List<Link>> out = new LinkedHashMap<>();
        for (Link l : links.ofVersion(plan, version)) {
            if (l.effective()) {
                out.computeIfAbsent(l.clauseUid(), k -> new ArrayList<>()).add(l);
            }
        }
        out.replaceAll((k, v) -> v.stream().sorted(LinkMerge.ORDER).toList());
        return out;
    }

    /** As {@link #effectiveLinks(String, int)}, deriving the version first if it never was (data stored before links existed). */
    public Map<String, List<Link>> effectiveLinks(PlanVersion version) {
        if (!links.derived(version.plan().code(), version.number())) {
            derive(version);
        }
        return effectiveLinks(version.plan().code(), version.number());
    }
}
