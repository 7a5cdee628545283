package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plantrace.application.IngestService;
import org.plantrace.application.VersionListener;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.JpaPlanWriter;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.search.ClauseSearch;

/**
 * Saving one clause edit on the seed plan (corpus/hunyuan, 291 clauses): the authoring service's
 * clause-level save (lock the plan, read the draft, write the one changed row and its audit
 * entry) against the obvious alternative, storing the whole text again as a version, as an
 * upload or an ingest does. Each is timed for the database alone and with the search index
 * following (the version listener re-indexes the changed version), in the same run.
 *
 * <p>Run: {@code mvn -q -o -Dplantrace.build.dir=target-authoring -DskipTests test-compile && java -cp
 * "target-authoring/test-classes:target-authoring/classes:$(cat cp.txt)" org.plantrace.bench.EditBench}
 * where cp.txt is {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class EditBench {
    static final Actor DRAFTER = Actor.of("bench", Role.DRAFTER);
    static final String HEADING = "完善规划实施执法监察制度";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path work = Path.of(System.getProperty("bench.dir", "target-authoring/edit-bench"));
        BenchFolder.fresh(work);
        Files.createDirectories(work);
        Measurement.printMachine();

        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(work.resolve("data")),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try (ClauseSearch search = ClauseSearch.open(work.resolve("index"), new JpaPlanRepository(factory),
                Path.of("corpus/search"))) {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            new IngestService(repository).ingest(Path.of("corpus/hunyuan"), true);
            String code = repository.plans().get(0).code();

            AuthoringService dbOnly = new AuthoringService(new JpaPlanWriter(factory));
            AuthoringService withIndex = new AuthoringService(new JpaPlanWriter(factory));
            withIndex.addVersionListener(search);
            PlanVersion draft = dbOnly.openDraft(DRAFTER, code);
            search.stored(draft);
            int clauses = ClauseTree.flatten(draft.clauses()).size();
            Clause target = ClauseTree.flatten(draft.clauses()).stream().filter(c -> c.heading().equals(HEADING))
                    .findFirst().orElseThrow();
            String original = target.text();
            long[] revision = {target.revision()};
            int[] n = {0};
            System.out.printf(Locale.ROOT, "seed plan: %d clauses; edited clause %s (%d characters)%n",
                    clauses, target.uid(), original.length());

            Measurement clauseDb = Measurement.of(5, runs, () -> edit(dbOnly, code, draft.number(), target, original, revision, n));
            Measurement clauseIndexed = Measurement.of(5, runs,
                    () -> edit(withIndex, code, draft.number(), target, original, revision, n));

            VersionListener none = VersionListener.NONE;
            Measurement wholeDb = Measurement.of(3, runs, () -> restoreWhole(repository, code, target, original, n, none));
            Measurement wholeIndexed = Measurement.of(3, runs, () -> restoreWhole(repository, code, target, original, n, search));

            report("clause save, database only", clauseDb, wholeDb);
            report("clause save, database + index", clauseIndexed, wholeIndexed);
        } finally {
            factory.close();
        }
    }

    private static Object edit(AuthoringService service, String code, int version, Clause target, String original,
            long[] revision, int[] n) {
        Clause saved = service.editClause(DRAFTER, code, version, target.uid(), revision[0], target.heading(),
                original + "（第" + (++n[0]) + "次修订）");
        revision[0] = saved.revision();
        return saved;
    }

    /** The alternative: the whole text stored again as a version, and (optionally) indexed. */
    private static Object restoreWhole(JpaPlanRepository repository, String code, Clause target, String original,
            int[] n, VersionListener listener) {
        PlanVersion latest = repository.latestVersion(code).orElseThrow();
        List<Clause> clauses = latest.clauses();
        Clause c = ClauseTree.pathTo(clauses, target.uid()).stream().reduce((a, b) -> b).orElseThrow();
        c.setText(original + "（第" + (++n[0]) + "次修订）");
        PlanVersion stored = repository.store(new PlanVersion(latest.plan(), 0, VersionStatus.DRAFT, Instant.now(), null,
                latest.sourceName(), clauses));
        listener.stored(stored);
        return stored;
    }

    private static void report(String what, Measurement clause, Measurement whole) {
        System.out.printf(Locale.ROOT, "%s: median %.1f ms (min %.1f); whole version re-stored: median %.1f ms (min %.1f);"
                + " ratio %.1f×%n", what, clause.medianMillis, clause.minMillis, whole.medianMillis, whole.minMillis,
                whole.medianMillis / clause.medianMillis);
    }

}
