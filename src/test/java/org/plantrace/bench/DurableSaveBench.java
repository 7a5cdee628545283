package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.plantrace.application.IngestService;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.JpaPlanWriter;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/**
 * What durable commits cost a save (issue #15.1): one clause of the seed plan saved through
 * {@code AuthoringService.editClause} on a store opened the way PlanTrace opens it (every commit
 * written before it returns, {@code WRITE_DELAY=0}) against the same store with H2's default
 * (commits written by a background thread up to 500 ms later, which loses acknowledged saves on
 * kill -9), in the same run, database only.
 *
 * <p>Run: {@code mvn -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * && java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.plantrace.bench.DurableSaveBench 50}
 */
public final class DurableSaveBench {
    private static final Actor DRAFTER = Actor.of("bench", Role.DRAFTER);

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path work = Path.of(System.getProperty("bench.dir", "target/durable-save-bench"));
        BenchFolder.fresh(work);
        Measurement.printMachine();
        Measurement durable = saves(work.resolve("durable"), Map.of(), runs);
        Path delayed = work.resolve("delayed");
        String delayedUrl = "jdbc:h2:file:" + DataDirectory.at(delayed).database();
        Measurement lossy = saves(delayed, Map.of("jakarta.persistence.jdbc.url", delayedUrl), runs);
        System.out.printf(Locale.ROOT, "clause save, WRITE_DELAY=0 (PlanTrace): median %.1f ms (min %.1f)%n",
                durable.medianMillis, durable.minMillis);
        System.out.printf(Locale.ROOT, "clause save, H2 default write delay:   median %.1f ms (min %.1f)%n",
                lossy.medianMillis, lossy.minMillis);
        System.out.printf(Locale.ROOT, "durable ÷ default: %.2f×%n", durable.medianMillis / lossy.medianMillis);
    }

    private static Measurement saves(Path dir, Map<String, ?> url, int runs) throws Exception {
        Map<String, Object> overrides = new java.util.HashMap<>(url);
        overrides.put(PlanTracePersistence.LOGGING_LEVEL, "OFF");
        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(dir), overrides);
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            new IngestService(repository).ingest(Path.of("corpus/hunyuan"), true);
            String code = repository.plans().get(0).code();
            AuthoringService service = new AuthoringService(new JpaPlanWriter(factory));
            PlanVersion draft = service.openDraft(DRAFTER, code);
            Clause target = ClauseTree.flatten(draft.clauses()).stream().filter(c -> !c.text().isBlank())
                    .reduce((a, b) -> b).orElseThrow();
            long[] revision = {target.revision()};
            int[] n = {0};
            return Measurement.of(10, runs, () -> {
                Clause saved = service.editClause(DRAFTER, code, draft.number(), target.uid(), revision[0],
                        target.heading(), target.text() + "（第" + (++n[0]) + "次修订）");
                revision[0] = saved.revision();
                return saved;
            });
        } finally {
            factory.close();
        }
    }

}
