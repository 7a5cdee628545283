package org.plantrace.web.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.plantrace.application.conformance.ConformanceReviewService;
import org.plantrace.application.trace.ReviewedVerdicts;
import org.plantrace.application.trace.PlaceService;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceService;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.web.startup.StartupReport;

/**
 * The trace the pages read, built once and kept while nothing it rests on changes: the county's
 * published version and the version of each township plan that was judged (its summary, so an edit
 * to a draft shows up at once). Building it runs the review engine over every township (≤ 1 s,
 * docs/benchmarks.md), too slow for every home-page view, hence the cache; one for the public
 * (published township plans only) and one for readers who may see drafts.
 */
@ApplicationScoped
public class TraceSource {
    private PlanRepository repository;
    private StartupReport startup;
    private final Map<String, TraceService> services = new ConcurrentHashMap<>();
    private final Map<Boolean, Kept> kept = new ConcurrentHashMap<>();
    private volatile PlaceService places;

    private record Kept(List<Object> key, TraceSnapshot snapshot) {
    }

    /** For CDI's proxy. */
    protected TraceSource() {
    }

    /** Stored reviews: a reviewer's decision shows in the trace instead of the engine's verdict. */
    private ReviewedVerdicts reviewed = ReviewedVerdicts.NONE;
    /** Point queries and overlays: in PostGIS where the database has it (issue #16.3), else JTS in memory. */
    private org.plantrace.spatial.engine.SpatialEngine spatial = org.plantrace.spatial.engine.JtsEngine.INSTANCE;

    @Inject
    public TraceSource(PlanRepository repository, StartupReport startup, ConformanceReviewService reviews,
            org.plantrace.spatial.engine.SpatialEngine spatial) {
        this.repository = repository;
        this.startup = startup;
        this.reviewed = reviews.reviewedVerdicts();
        this.spatial = spatial;
    }

    /** Without stored reviews (tests): every verdict the engine's. */
    public TraceSource(PlanRepository repository, StartupReport startup) {
        this.repository = repository;
        this.startup = startup;
    }

    /** The county plan the site is about: the one the start-up loaded, else the first plan at the top of a chain. */
    public Optional<String> countyCode() {
        return startup.planCode().or(() -> repository.plans().stream().filter(p -> p.parent() == null).map(Plan::code)
                .findFirst());
    }

    /** The trace as a reader who may ({@code drafts}) or may not see drafts sees it; empty without a published county version. */
    public Optional<TraceSnapshot> snapshot(boolean drafts) throws InputRejectedException {
        Optional<String> code = countyCode();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<VersionSummary> published = repository.latestPublishedSummary(code.get());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        List<Object> key = key(code.get(), published.get(), drafts);
        Kept k = kept.get(drafts);
        if (k != null && k.key().equals(key)) {
            return Optional.of(k.snapshot());
        }
        synchronized (this) {
            k = kept.get(drafts);
            if (k != null && k.key().equals(key)) {
                return Optional.of(k.snapshot());
            }
            TraceService service = service(code.get());
            PlanVersion county = service.county(code.get());
            List<TownshipTrace> townships = service.townships(county, null, drafts);
            TraceSnapshot snapshot = new TraceSnapshot(county, townships, service.matrix(county, townships), drafts);
            kept.put(drafts, new Kept(key, snapshot));
            return Optional.of(snapshot);
        }
    }

    /** What the snapshot rests on: the county version and each township plan's judged version. */
    private List<Object> key(String code, VersionSummary county, boolean drafts) {
        List<Object> key = new ArrayList<>();
        key.add(county);
        for (Plan p : repository.plans()) {
            if (code.equals(p.parent()) && p.level() == PlanLevel.TOWNSHIP) {
                List<VersionSummary> versions = repository.versionSummaries(p.code());
                Optional<VersionSummary> judged = drafts
                        ? versions.stream().reduce((a, b) -> b)
                        : versions.stream().filter(VersionSummary::published).reduce((a, b) -> b);
                key.add(p.code());
                key.add(judged.orElse(null) == null ? "none" : judged.get());
                // a reviewer's decision changes what the trace shows: the newest review's stamp (cheap;
                // the review itself is read only when the trace is rebuilt)
                key.add(reviewed.stamp(p.code()));
            }
        }
        return key;
    }

    public TraceService service(String code) {
        return services.computeIfAbsent(code, c -> new TraceService(repository, RuleBasedChecklists.standard(spatial),
                ReviewRules.standard(), PlanPackages.located().linker(c).gazetteer(), reviewed));
    }

    /** One place service for the site: it keeps the spatial index and the clause links it has read. */
    public PlaceService places() {
        PlaceService p = places;
        if (p == null) {
            synchronized (this) {
                if (places == null) {
                    places = new PlaceService(repository, PlanPackages.located(), spatial);
                }
                p = places;
            }
        }
        return p;
    }
}
