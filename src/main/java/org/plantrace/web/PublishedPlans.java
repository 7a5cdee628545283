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
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.ClauseAnnotator;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.StoredLinks;

/**
 * The plan the public site shows, in its newest published version, prepared for reading. The
 * prepared index is kept until a newer version is published: published text does not change, so
 * pages need not walk the clause tree on every request. A clause's links are not kept: the index
 * reads them from the link store on each view, so a drafter's decision shows at once.
 */
@ApplicationScoped
public class PublishedPlans {
    private PlanRepository repository;
    private StartupReport startup;
    private StoredLinks stored = StoredLinks.NONE;
    private volatile PlanIndex cached;

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

    /** The shown plan's newest published version, or empty when none is published yet. */
    public Optional<PlanIndex> current() {
        Optional<String> code = startup.planCode().or(this::firstPublishedPlan);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlanVersion> latest = repository.latestPublished(code.get());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        PlanIndex index = cached;
        PlanVersion v = latest.get();
        if (index == null || !sameVersion(index.version(), v)) {
            index = new PlanIndex(v, ClauseAnnotator.standard(), stored);
            cached = index;
        }
        return Optional.of(index);
    }

    private Optional<String> firstPublishedPlan() {
        return repository.plans().stream().map(Plan::code)
                .filter(c -> repository.latestPublished(c).isPresent())
                .findFirst();
    }

    private static boolean sameVersion(PlanVersion a, PlanVersion b) {
        return a.plan().code().equals(b.plan().code()) && a.number() == b.number();
    }
}
