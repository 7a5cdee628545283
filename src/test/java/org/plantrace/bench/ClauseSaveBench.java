package org.plantrace.bench;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.plantrace.application.IngestService;
import org.plantrace.application.VersionListener;
import org.plantrace.application.VersionListeners;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.application.links.LinkService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaLinkRepository;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.JpaPlanWriter;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.search.ClauseSearch;
import org.plantrace.search.LinkFacts;

/**
 * One clause saved the way the web app saves it: database (durable commit), then the link store and
 * the search index following through the version listeners (links first). Two paths in the same run,
 * interleaved save by save so that the shared machine's load hits both alike:
 * <ul>
 * <li><b>whole version</b> (before issue #15): the listeners are told the whole version was stored,
 *     so links are re-derived for all 291 clauses and the index re-writes all 291 documents;</li>
 * <li><b>changed clauses</b>: the listeners are told which clause changed
 *     ({@code VersionListener.changed}) and follow that clause only.</li>
 * </ul>
 * Then 8 editors save concurrently (each its own clause of the same draft, as a team would), round
 * trip per save, both paths again.
 *
 * <p>Run from the project folder: {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)"
 * org.plantrace.bench.ClauseSaveBench [saves] [savesPerEditor]}.
 */
public final class ClauseSaveBench {
    static final Actor DRAFTER = Actor.of("bench", Role.DRAFTER);
    static final int EDITORS = 8;

    /** Forwards only {@code stored}: the listener sees every change as a whole version, as before. */
    private record WholeVersion(VersionListener inner) implements VersionListener {
        @Override
        public void stored(PlanVersion version) {
            inner.stored(version);
        }
    }

    /** Adds up how long a listener takes over clause-level changes: where a save's time goes. */
    private static final class Timed implements VersionListener {
        final VersionListener inner;
        double millis;

        Timed(VersionListener inner) {
            this.inner = inner;
        }

        @Override
        public void stored(PlanVersion version) {
            inner.stored(version);
        }

        @Override
        public void changed(PlanVersion version, java.util.Set<String> uids) {
            long t0 = System.nanoTime();
            inner.changed(version, uids);
            millis += (System.nanoTime() - t0) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int perEditor = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("clause-save-bench");
        Measurement.printMachine();
        EntityManagerFactory factory = PlanTracePersistence.open(DataDirectory.at(work.resolve("data")),
                Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            LinkService links = new LinkService(repository, new JpaLinkRepository(factory));
            new IngestService(repository).ingest(Path.of("corpus/hunyuan"), true);
            String code = repository.plans().get(0).code();
            try (ClauseSearch search = ClauseSearch.open(work.resolve("index"), repository, Path.of("corpus/search"),
                    new LinkFacts(links::effectiveLinks, links::effectiveLinks))) {
                VersionListeners listeners = new VersionListeners();
                Timed linkTime = new Timed(links);
                Timed indexTime = new Timed(search);
                listeners.add(VersionListeners.LINKS, linkTime);
                listeners.add(VersionListeners.SEARCH, indexTime);
                AuthoringService databaseOnly = new AuthoringService(new JpaPlanWriter(factory));
                AuthoringService incremental = new AuthoringService(new JpaPlanWriter(factory), listeners);
                AuthoringService whole = new AuthoringService(new JpaPlanWriter(factory));
                whole.addVersionListener(new WholeVersion(listeners));
                PlanVersion draft = incremental.openDraft(DRAFTER, code);
                List<Clause> texts = ClauseTree.flatten(draft.clauses()).stream()
                        .filter(c -> c.text().length() > 40).toList();
                System.out.printf(Locale.ROOT, "seed plan: %d clauses, %d with text; load: %s%n",
                        ClauseTree.flatten(draft.clauses()).size(), texts.size(), loadAverage());

                Editor one = new Editor(code, draft.number(), texts.get(texts.size() / 2));
                for (int i = 0; i < 5; i++) {
                    one.save(whole);
                    one.save(incremental);
                }
                double[] before = new double[runs];
                double[] after = new double[runs];
                double[] database = new double[runs];
                linkTime.millis = 0;
                indexTime.millis = 0;
                for (int i = 0; i < runs; i++) {
                    before[i] = one.save(whole);
                    after[i] = one.save(incremental);
                    database[i] = one.save(databaseOnly);
                }
                report("one save, database only", database);
                System.out.printf(Locale.ROOT, "of the changed-clauses saves: links %.1f ms, index %.1f ms on average%n",
                        linkTime.millis / runs, indexTime.millis / runs);
                report("one save, whole version (before)", before);
                report("one save, changed clauses (now)", after);
                System.out.printf(Locale.ROOT, "ratio of medians, before / now: %.1f×%n",
                        median(before) / median(after));

                // re-read: the clause the single editor saved has a newer revision by now
                PlanVersion now = incremental.version(DRAFTER, code, draft.number()).orElseThrow();
                List<Clause> current = ClauseTree.flatten(now.clauses()).stream()
                        .filter(c -> c.text().length() > 40).toList();
                List<Editor> team = new ArrayList<>();
                for (int e = 0; e < EDITORS; e++) {
                    team.add(new Editor(code, draft.number(), current.get(e * current.size() / EDITORS)));
                }
                double[] teamBefore = concurrent(team, whole, perEditor);
                double[] teamAfter = concurrent(team, incremental, perEditor);
                report(EDITORS + " editors, whole version (before)", teamBefore);
                report(EDITORS + " editors, changed clauses (now)", teamAfter);
                System.out.printf(Locale.ROOT, "ratio of p95, before / now: %.1f×; load after: %s%n",
                        pct(teamBefore, 95) / pct(teamAfter, 95), loadAverage());
            }
        } finally {
            factory.close();
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One drafter editing one clause again and again, keeping the revision the last save returned. */
    private static final class Editor {
        final String plan;
        final int version;
        final Clause clause;
        long revision;
        int n;

        Editor(String plan, int version, Clause clause) {
            this.plan = plan;
            this.version = version;
            this.clause = clause;
            this.revision = clause.revision();
        }

        double save(AuthoringService service) {
            long t0 = System.nanoTime();
            Clause saved = service.editClause(DRAFTER, plan, version, clause.uid(), revision, clause.heading(),
                    clause.text() + "（第" + (++n) + "次修订）");
            revision = saved.revision();
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    private static double[] concurrent(List<Editor> team, AuthoringService service, int perEditor) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(team.size());
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (Editor e : team) {
                futures.add(pool.submit(() -> {
                    double[] t = new double[perEditor];
                    for (int i = 0; i < perEditor; i++) {
                        t[i] = e.save(service);
                    }
                    return t;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<double[]> f : futures) {
                Arrays.stream(f.get()).forEach(all::add);
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, double[] times) {
        System.out.printf(Locale.ROOT, "%-40s n=%d  p50 %.1f ms  p95 %.1f ms  min %.1f ms%n", what, times.length,
                median(times), pct(times, 95), Arrays.stream(times).min().orElse(0));
    }

    static double median(double[] t) {
        return pct(t, 50);
    }

    static double pct(double[] t, int p) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
