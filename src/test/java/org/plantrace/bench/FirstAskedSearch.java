package org.plantrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.Term;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.ViewerRole;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.index.IndexStore;
import org.plantrace.search.query.ClauseQueries;
import org.plantrace.search.query.QueryWords;

/**
 * Search latency for queries asked for the FIRST time in the process: the result cache cannot
 * answer them, and neither can Lucene's own query cache (which keeps the filters of queries it has
 * seen several times). Repeating the bench's 20 queries five times, as the older rows do, lets that
 * query cache learn them; here every request is a distinct word pair (学校 医院, …), asked once,
 * after a warm-up on other words so that the JIT has compiled the code paths.
 */
final class FirstAskedSearch {
    /** Other planning words: they warm the JIT without warming any cache for the measured queries. */
    static final List<String> WARM_UP = List.of("道路", "水库", "文物", "矿产", "林地", "草地", "旅游", "产业园",
            "污水", "供水", "电力", "通信", "消防", "人防", "绿地", "广场", "体育", "文化", "市场", "仓储",
            // broad words cut to their close matches, as the measured 生态保护红线 is: the paths such a
            // search takes (many found, few close, scored word by word) compiled on the measured index too
            "国土空间", "产业发展", "乡村振兴", "水资源", "规划实施", "矿产资源", "建设用地", "森林覆盖率");

    /**
     * Refuses warm-up words that read an indexed word a measured query reads: warming up must leave
     * every measured word unread (its set not kept), or the measured queries are not asked for the
     * first time.
     */
    static void keptApart(Analysis analysis, List<String> measured) throws Exception {
        Set<Term> read = new HashSet<>();
        for (String q : measured) {
            read.addAll(QueryWords.of(analysis, q));
        }
        for (String w : WARM_UP) {
            Set<Term> shared = new HashSet<>(QueryWords.of(analysis, w));
            shared.retainAll(read);
            if (!shared.isEmpty()) {
                throw new IllegalStateException("warm-up word " + w + " reads what a measured query reads: " + shared);
            }
        }
    }

    /** Rounds of warm-up: enough for the JIT to have compiled the search's hot paths (C2). */
    static final int WARM_UP_ROUNDS = 8;

    private FirstAskedSearch() {
    }

    /**
     * A search as the public's first page asks it: the close matches while there are any (issue
     * #14.4), the loose ones behind 更多相关结果; {@code -Dbench.loose=true} asks with the loose ones, as
     * that second page does (and as this bench asked before 2026-12-06).
     */
    static SearchRequest request(String words) {
        return SearchRequest.of(words).withLoose(Boolean.getBoolean("bench.loose"));
    }

    /** Every pair of the bench's queries ("A B": either word), shuffled, each used once. */
    static List<String> pairs(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                out.add(words.get(i) + " " + words.get(j));
            }
        }
        Collections.shuffle(out, new Random(7));
        return out;
    }

    static void warmUp(ClauseQueries queries) throws Exception {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String w : WARM_UP) {
                queries.search(request(w), ViewerRole.PUBLIC);
            }
            for (int i = 0; i + 1 < WARM_UP.size(); i++) {
                queries.search(request(WARM_UP.get(i) + " " + WARM_UP.get(i + 1) + " " + round), ViewerRole.PUBLIC);
            }
        }
    }

    /**
     * The JIT warmed on the measured queries themselves, asked of another, small index (the first
     * {@code plans} of the corpus): a server that has run for a while has compiled every path a
     * query takes, and the other words of {@link #warmUp} do not take them all (a broad word cut to
     * its few close matches, scored word by word, was compiled by none of them: its first search
     * ran interpreted, 48 ms of a 63 ms search). Nothing of the measured index is read, so no word's
     * set, no result and no filter of it is kept by this.
     */
    static void warmCode(Path folder, List<PlanVersion> plans, Analysis analysis, List<String> asked) throws Exception {
        try (IndexStore small = IndexStore.at(folder, analysis, ClauseLinks.NONE)) {
            small.rebuild(plans);
            ClauseQueries queries = new ClauseQueries(small, 0);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                one(queries, asked);
                concurrent(queries, asked, 8);
            }
        }
    }

    /** Milliseconds of each query, one after the other. */
    static List<Double> one(ClauseQueries queries, List<String> asked) throws Exception {
        return one(queries, asked, null);
    }

    /**
     * Milliseconds of each query, one after the other; {@code cpu}, when given, receives the CPU
     * milliseconds the thread spent on each: on a machine other processes load, wall time measures
     * the queue for a core as much as the query, CPU time what an idle machine would answer in.
     */
    static List<Double> one(ClauseQueries queries, List<String> asked, List<Double> cpu) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> out = new ArrayList<>();
        for (String q : asked) {
            long c = cpu == null ? 0 : threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            queries.search(request(q), ViewerRole.PUBLIC);
            out.add((System.nanoTime() - s) / 1e6);
            if (cpu != null) {
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            }
        }
        return out;
    }

    /** Milliseconds of each query, {@code clients} at a time, each client asking its share once. */
    static List<Double> concurrent(ClauseQueries queries, List<String> asked, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<String> share = new ArrayList<>();
                for (int i = c; i < asked.size(); i += clients) {
                    share.add(asked.get(i));
                }
                futures.add(pool.submit(() -> one(queries, share)));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }
}
