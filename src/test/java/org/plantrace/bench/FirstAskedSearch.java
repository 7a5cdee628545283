package org.plantrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.ViewerRole;
import org.plantrace.search.query.ClauseQueries;

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
            "污水", "供水", "电力", "通信", "消防", "人防", "绿地", "广场", "体育", "文化", "市场", "仓储");

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
