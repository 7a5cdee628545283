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
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaLinkRepository;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.search.SeedPlan;
import org.plantrace.web.view.ClauseAnnotator;

/**
 * The clause page's links, per view, over every clause of the Hunyuan seed in an H2 file database:
 * read from the link store and annotated on every view (what {@code PlanIndex.links} now does, so
 * that a drafter's decision shows at once) against the obvious alternative of deriving them from
 * the text on every view, measured in the same run. (The old page derived once and kept the
 * result; that is a map look-up, but shows neither rejections nor additions.)
 *
 * <p>Run: {@code mvn -q -o -DskipTests package && java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.ClausePageLinksBench}
 */
public final class ClausePageLinksBench {
    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        Path dir = Files.createTempDirectory("plantrace-pagelinks");
        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(dir),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            JpaPlanRepository plans = new JpaPlanRepository(factory);
            LinkService service = new LinkService(plans, new JpaLinkRepository(factory), LinkDerivation.standard(),
                    Clock.systemUTC());
            PlanVersion v = plans.store(SeedPlan.version(SeedPlan.PLAN, 0, VersionStatus.PUBLISHED, SeedPlan.clauses()));
            service.derive(v);
            List<Clause> clauses = ClauseTree.flatten(v.clauses()).stream().filter(c -> c.uid() != null).toList();
            ClauseAnnotator annotator = ClauseAnnotator.forPlan(v.plan().code());
            String plan = v.plan().code();

            Measurement stored = Measurement.of(3, 15, () -> {
                int n = 0;
                for (Clause c : clauses) {
                    List<Link> effective = service.allLinks(plan, v.number(), c.uid()).stream().filter(Link::effective).toList();
                    n += annotator.annotate(c, effective).indicators().size();
                }
                return n;
            });
            Measurement derived = Measurement.of(3, 15, () -> {
                int n = 0;
                for (Clause c : clauses) {
                    n += annotator.annotate(c).indicators().size();
                }
                return n;
            });
            System.out.printf(Locale.ROOT, "seed: %d clauses viewed once each per run%n", clauses.size());
            System.out.println("| all clause pages' links | median (ms) | per view (ms) | min (ms) | peak heap (MB) |");
            System.out.println("|---|---|---|---|---|");
            row("link store read + annotate (per view)", stored, clauses.size());
            row("derive from the text (per view)", derived, clauses.size());
            System.out.printf(Locale.ROOT, "store / derive: %.2f%n", stored.medianMillis / derived.medianMillis);
        } finally {
            factory.close();
        }
    }

    private static void row(String what, Measurement m, int views) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.1f | %d |%n", what, m.medianMillis, m.medianMillis / views,
                m.minMillis, m.peakHeapBytes >> 20);
    }
}
