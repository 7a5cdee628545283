package org.plantrace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.plantrace.application.links.LinkService;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.ClauseAnnotator;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.StoredLinks;

/**
 * The plan the public site shows, in its newest published version, prepared for reading. The
 * prepared index is kept while the version's summary (number, status, publication time, content
 * stamp) stays the same, so a page view costs one small query instead of loading every clause and
 * walking the tree. A clause's links are not kept: the index
 * reads them from the link store on each view, so a drafter's decision shows at once.
 */
@ApplicationScoped
public class PublishedPlans {
    private PlanRepository repository;
    private StartupReport startup;
    private StoredLinks stored = StoredLinks.NONE;
    private volatile Prepared cached;

    /** For CDI's proxy. */
    protected PublishedPlans() {
    }

    /** Clause links derived from the text only (no link store). */
    public PublishedPlans(PlanRepository repository, StartupReport startup) {
        this.repository = repository;
        this.startup = startup;
    }

    @Inject
    public PublishedPlans(PlanRepository repository, StartupReport startup, LinkService links) {
        this(repository, startup);
        this.stored = (plan, version, uid) -> {
            List<Link> all = links.allLinks(plan, version, uid);
            // nothing stored for the clause: the version was never derived, the page derives instead
            return all.isEmpty() ? Optional.empty() : Optional.of(all.stream().filter(Link::effective).toList());
        };
    }

    /**
     * The shown plan's newest published version, or empty when none is published yet. Each call
     * asks the store only for the version's summary (no clauses); the clauses are loaded again
     * only when the summary differs from the one the cached index was built from: another version
     * published, a status or publication time changed, or the clauses themselves changed.
     */
    public Optional<PlanIndex> current() {
        Optional<String> code = startup.planCode().or(this::firstPublishedPlan);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<VersionSummary> latest = repository.latestPublishedSummary(code.get());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Prepared prepared = cached;
        VersionSummary summary = latest.get();
        if (prepared == null || !prepared.from().equals(summary)) {
            Optional<PlanVersion> version = repository.version(summary.plan().code(), summary.number());
            if (version.isEmpty()) {
                // deleted between the two reads: show what was there rather than nothing
                return Optional.ofNullable(prepared).map(Prepared::index);
            }
            // keyed by the summary read before loading: a change in between costs one more reload, never a stale page
            prepared = new Prepared(summary, new PlanIndex(version.get(), ClauseAnnotator.forPlan(summary.plan().code()), stored));
            cached = prepared;
        }
        return Optional.of(prepared.index());
    }

    /** A plan at the top of its chain (the county plan), never one of its township plans. */
    private Optional<String> firstPublishedPlan() {
        return repository.plans().stream().filter(p -> p.parent() == null).map(Plan::code)
                .filter(c -> repository.latestPublishedSummary(c).isPresent())
                .findFirst();
    }

    /** An index and the summary of the version it was built from. */
    private record Prepared(VersionSummary from, PlanIndex index) {
    }
}
