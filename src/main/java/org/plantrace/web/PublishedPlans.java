package org.plantrace.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.PlanIndex;

/**
 * The plan the public site shows, in its newest published version, prepared for reading. The
 * prepared index is kept until a newer version is published: published text does not change, so
 * pages need not walk the clause tree on every request.
 */
@ApplicationScoped
public class PublishedPlans {
    private PlanRepository repository;
    private StartupReport startup;
    private volatile PlanIndex cached;

    /** For CDI's proxy. */
    protected PublishedPlans() {
    }

    @Inject
    public PublishedPlans(PlanRepository repository, StartupReport startup) {
        this.repository = repository;
        this.startup = startup;
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
            index = new PlanIndex(v);
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
