package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

/**
 * The link store on the Hunyuan seed in an H2 file database: deriving and storing a new version's
 * links, and re-deriving after a drafter edits one clause — incrementally (only clauses whose
 * links changed are rewritten, what {@link LinkService#derive} does) against the obvious
 * alternative of rewriting every clause's links, measured in the same run.
 *
 * <p>Run: {@code mvn -q -o -DskipTests package && java -Xmx2g -cp "target/test-classes:target/classes:target/lib/*" org.plantrace.bench.LinkStoreBench}
 */
public final class LinkStoreBench {
    public static void main(String[] args) throws Exception {
        Measurement.printMachine();
        Path dir = Files.createTempDirectory("plantrace-linkbench");
        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(dir),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            JpaPlanRepository plans = new JpaPlanRepository(factory);
            JpaLinkRepository links = new JpaLinkRepository(factory);
            LinkDerivation derivation = LinkDerivation.standard();
            LinkService service = new LinkService(plans, links, derivation, Clock.systemUTC());
            List<Clause> clauses = SeedPlan.clauses();
            int clauseCount = ClauseTree.flatten(clauses).size();

            // a fresh version each run: extraction of every clause + insert of every link
            Measurement first = Measurement.of(2, 9, () -> service.derive(plans.store(
                    SeedPlan.version(SeedPlan.PLAN, 0, VersionStatus.DRAFT, clauses))));
            PlanVersion base = plans.latestVersion(SeedPlan.PLAN.code()).orElseThrow();
            int linkCount = links.ofVersion(SeedPlan.PLAN.code(), base.number()).size();

            Clause edited = ClauseTree.flatten(base.clauses()).stream().filter(c -> c.text().contains("王庄堡镇"))
                    .findFirst().orElseThrow();
            String original = edited.text();
            int[] flip = {0};
            Measurement incremental = Measurement.of(3, 15, () -> {
                edited.setText(flip[0]++ % 2 == 0 ? original + "蔡村镇同步实施。" : original);
                return service.derive(base);
            });
            Measurement rewriteAll = Measurement.of(3, 15, () -> {
                edited.setText(flip[0]++ % 2 == 0 ? original + "蔡村镇同步实施。" : original);
                List<Link> all = new ArrayList<>();
                List<String> uids = new ArrayList<>();
                Instant now = Instant.now();
                for (Clause c : ClauseTree.flatten(base.clauses())) {
                    uids.add(c.uid());
                    all.addAll(derivation.suggest(base.plan().code(), base.number(), c, now));
                }
                return links.replace(base.plan().code(), base.number(), uids, all);
            });
            System.out.printf(Locale.ROOT, "seed: %d clauses, %d links per version%n", clauseCount, linkCount);
            System.out.println("| operation | median (ms) | min (ms) | peak heap (MB) |");
            System.out.println("|---|---|---|---|");
            row("derive + store a new version's links", first);
            row("one clause edited: incremental re-derive (LinkService)", incremental);
            row("one clause edited: rewrite every clause's links", rewriteAll);
            System.out.printf(Locale.ROOT, "incremental / rewrite-all: %.2f%n", incremental.medianMillis / rewriteAll.medianMillis);
        } finally {
            factory.close();
        }
    }

    private static void row(String what, Measurement m) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %d |%n", what, m.medianMillis, m.minMillis, m.peakHeapBytes >> 20);
    }
}
