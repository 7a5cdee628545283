package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plantrace.application.links.LinkDerivation;
import org.plantrace.application.links.LinkService;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaLinkRepository;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.search.SeedPlan;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.PlanIndex;

/**
 * One public clause page's data work, over the Hunyuan seed (291 clauses) published in an H2 file
 * database with its links derived: {@code PublishedPlans.current()} then one clause view (with its
 * links from the store). Now: current() asks for the published version's summary (one small
 * query) and keeps the index. Against, in the same run, the old path: load the whole published
 * version (every clause) on each request just to see whether the kept index is still current.
 *
 * <p>Run: {@code mvn -q -o -DskipTests -Dplantrace.build.dir=target-perf package && java -Xmx1g
 * -cp "target-perf/test-classes:target-perf/classes:target-perf/lib/*" org.plantrace.bench.PageViewBench}
 */
public final class PageViewBench {
    private static final int VIEWS = 200;

    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        Path dir = Files.createTempDirectory("plantrace-pageview");
        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(dir),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            JpaPlanRepository plans = new JpaPlanRepository(factory);
            LinkService links = new LinkService(plans, new JpaLinkRepository(factory), LinkDerivation.standard(),
                    Clock.systemUTC());
            PlanVersion v = plans.store(SeedPlan.version(SeedPlan.PLAN, 0, VersionStatus.PUBLISHED, SeedPlan.clauses()));
            links.derive(v);
            List<String> uids = ClauseTree.flatten(v.clauses()).stream().map(Clause::uid).filter(u -> u != null).toList();
            String code = v.plan().code();
            StartupReport startup = new StartupReport();
            startup.loaded(code);
            PublishedPlans published = new PublishedPlans(plans, startup, links);

            Measurement now = Measurement.of(2, 11, () -> {
                int n = 0;
                for (int i = 0; i < VIEWS; i++) {
                    PlanIndex index = published.current().orElseThrow();
                    n += index.clause(uids.get(i % uids.size())).isPresent() ? 1 : 0;
                }
                return n;
            });
            // the old path: the same kept index, but the whole published version loaded per request
            PlanIndex kept = published.current().orElseThrow();
            Measurement old = Measurement.of(2, 11, () -> {
                int n = 0;
                for (int i = 0; i < VIEWS; i++) {
                    PlanVersion latest = plans.latestPublished(code).orElseThrow();
                    if (latest.number() != kept.version().number()) {
                        throw new IllegalStateException("version changed during the bench");
                    }
                    n += kept.clause(uids.get(i % uids.size())).isPresent() ? 1 : 0;
                }
                return n;
            });
            // the currency check alone, without the clause view's link store read
            Measurement nowCheck = Measurement.of(2, 11, () -> {
                int n = 0;
                for (int i = 0; i < VIEWS; i++) {
                    n += published.current().orElseThrow().version().number();
                }
                return n;
            });
            Measurement oldCheck = Measurement.of(2, 11, () -> {
                int n = 0;
                for (int i = 0; i < VIEWS; i++) {
                    n += plans.latestPublished(code).orElseThrow().number();
                }
                return n;
            });
            System.out.printf(Locale.ROOT, "seed: %d clauses; %d page views per run%n", uids.size(), VIEWS);
            System.out.println("| page views | median (ms) | per view (ms) | min (ms) | peak heap (MB) |");
            System.out.println("|---|---|---|---|---|");
            row("summary check + clause view (now)", now);
            row("whole version loaded + clause view (old)", old);
            row("current() only (now)", nowCheck);
            row("latestPublished() only (old)", oldCheck);
            System.out.printf(Locale.ROOT, "page view old / now: %.1f; check alone old / now: %.1f%n",
                    old.medianMillis / now.medianMillis, oldCheck.medianMillis / nowCheck.medianMillis);
        } finally {
            factory.close();
        }
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.1f | %d |%n", what, m.medianMillis, m.medianMillis / VIEWS,
                m.minMillis, m.peakHeapBytes >> 20);
    }
}
