package org.plantrace.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SearchAccess;
import org.plantrace.search.SeedPlan;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;

/**
 * The index is derived data that survives a kill -9: a child JVM rebuilding the index is killed
 * mid-way (destroyForcibly), and the next open must notice and rebuild it. Also: a corrupted file
 * and an index older than the database are repaired on open.
 */
class CrashRepairTest {
    static final int PLANS = 10;

    @TempDir
    Path tmp;

    /** Ten published copies of the seed under different plan codes: about 2,900 clauses. */
    static List<PlanVersion> versions() {
        List<PlanVersion> out = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            Plan plan = new Plan("copy-" + i, "副本" + i, PlanLevel.COUNTY, "", 2021, 2035);
            out.add(SeedPlan.version(plan, 1, VersionStatus.PUBLISHED, SeedPlan.clauses()));
        }
        return out;
    }

    static MemoryPlans repository() {
        MemoryPlans plans = new MemoryPlans();
        versions().forEach(plans::add);
        return plans;
    }

    static IndexStore store(Path folder) throws IOException {
        return IndexStore.at(folder, Analysis.planning(Vocabulary.load(SeedPlan.VOCABULARY)), ClauseLinks.NONE);
    }

    /** Killed before (100) and after (2,100) the first progress commit of the rebuild. */
    @ParameterizedTest
    @ValueSource(ints = {100, 2_100})
    void aKilledRebuildIsDetectedAndRepairedOnTheNextOpen(int killAfter) throws Exception {
        Path folder = tmp.resolve("index");
        MemoryPlans plans = repository();
        // a sound index first, so that the crash has something to spoil
        SearchAccess.open(store(folder), plans).close();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowIndexing.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        int reached = waitFor(child, killAfter);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(reached >= killAfter, "the child must have been indexing when killed: " + reached);
        assertTrue(reached < PLANS * 291, "the child must not have finished: " + reached);

        var search = SearchAccess.open(store(folder), plans);
        try {
            assertTrue(search.repairedBecause().isPresent(), "the interrupted rebuild must be noticed");
            assertTrue(search.repairedBecause().get().contains("中断"), search.repairedBecause().get());
            assertEquals(PLANS * SearchAccess.clauseCount(), SearchAccess.visibleClauses(search));
            assertTrue(SearchAccess.hitsFor(search, "防洪") >= PLANS, "searches work after the repair");
        } finally {
            search.close();
        }
        var again = SearchAccess.open(store(folder), plans);
        assertFalse(again.repairedBecause().isPresent(), "a repaired index is sound on the next open");
        again.close();
    }

    private static int waitFor(Process child, int count) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int last = 0;
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("indexed ")) {
                last = Integer.parseInt(line.substring(8).trim());
                if (last >= count) {
                    return last;
                }
            } else if (!line.isBlank() && !line.startsWith("done")) {
                System.err.println("child: " + line);
            }
        }
        return last;
    }

    @Test
    void aCorruptedSegmentFileIsNoticedAndRebuilt() throws Exception {
        Path folder = tmp.resolve("index");
        MemoryPlans plans = repository();
        SearchAccess.open(store(folder), plans).close();
        Path victim;
        try (Stream<Path> files = Files.list(folder)) {
            victim = files.filter(p -> !p.getFileName().toString().startsWith("segments")
                    && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(CrashRepairTest::size)).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xFF);
        }
        var search = SearchAccess.open(store(folder), plans);
        try {
            assertTrue(search.repairedBecause().orElse("").contains("损坏"), search.repairedBecause().toString());
            assertTrue(SearchAccess.hitsFor(search, "生态保护红线") >= PLANS);
        } finally {
            search.close();
        }
    }

    @Test
    void anIndexOlderThanTheDatabaseIsRebuilt() throws Exception {
        Path folder = tmp.resolve("index");
        MemoryPlans plans = repository();
        SearchAccess.open(store(folder), plans).close();
        plans.store(SeedPlan.version(versions().get(0).plan(), 0, VersionStatus.DRAFT, SeedPlan.clauses()));
        var search = SearchAccess.open(store(folder), plans);
        try {
            assertTrue(search.repairedBecause().orElse("").contains("不一致"), search.repairedBecause().toString());
        } finally {
            search.close();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
