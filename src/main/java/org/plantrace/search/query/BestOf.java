package org.plantrace.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The best {@code n} clauses by score, found on idle cores too: each segment's documents are cut into
 * ranges scored side by side, each range keeping its own best, merged at the end (ties in document
 * order, as one pass gives them). Only a search running alone is split: with others running the cores
 * are busy anyway, and splitting would only add work; alone, a broad query over 600,000 clauses (a
 * few hundred thousand hits to skip through) takes about half the time. Other work of a lone search
 * is shared out the same way ({@link #inParts}): a few found clauses scored word by word
 * ({@link FewScored}), the page's clauses read and highlighted.
 */
final class BestOf implements AutoCloseable {
    /** A segment is split only when it has at least this many documents. */
    static final int SPLIT_FROM = 50_000;
    private final int helpers;
    private final int splitFrom;
    private final Semaphore idle;
    private final ExecutorService pool;
    /** Searches running now ({@link #enter}, {@link #leave}). */
    private final AtomicInteger searching = new AtomicInteger();

    /** @param helpers threads that may help a search (the cores beside the searching thread's); 0 for none */
    BestOf(int helpers) {
        this(helpers, SPLIT_FROM);
    }

    /** @param splitFrom the fewest documents a segment is split at (tests split small ones) */
    BestOf(int helpers, int splitFrom) {
        this.helpers = helpers;
        this.splitFrom = splitFrom;
        this.idle = new Semaphore(helpers);
        if (helpers == 0) {
            this.pool = null;
        } else {
            ThreadPoolExecutor threads = new ThreadPoolExecutor(helpers, helpers, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "search-helper");
                        t.setDaemon(true);
                        return t;
                    });
            threads.allowCoreThreadTimeOut(true); // no thread kept while nobody searches
            this.pool = threads;
        }
    }

    /** One helper per core beside the searching thread. */
    static BestOf forThisMachine() {
        return new BestOf(Math.max(0, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** A search begins: while others run, the cores are theirs, and no search is split. */
    void enter() {
        searching.incrementAndGet();
    }

    void leave() {
        searching.decrementAndGet();
    }

    TopDocs search(IndexSearcher searcher, Query query, int n) throws IOException {
        int free = idleIfAlone();
        try {
            if (free == 0) {
                return searcher.search(query, new TopScoreDocCollectorManager(n, null, n, false));
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
            List<Range> ranges = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                int maxDoc = leaf.reader().maxDoc();
                int parts = maxDoc >= splitFrom ? free + 1 : 1;
                for (int p = 0; p < parts; p++) {
                    ranges.add(new Range(leaf, (int) ((long) maxDoc * p / parts), (int) ((long) maxDoc * (p + 1) / parts)));
                }
            }
            // every (free+1)-th range from the part's own on: this thread's and each helper's
            TopDocs[] byRange = new TopDocs[ranges.size()];
            for (TopDocs[] scored : shared(free, (part, of) -> {
                TopDocs[] mine = new TopDocs[ranges.size()];
                for (int i = part; i < ranges.size(); i += of) {
                    mine[i] = ranges.get(i).best(weight, n);
                }
                return mine;
            })) {
                for (int i = 0; i < byRange.length; i++) {
                    byRange[i] = scored[i] != null ? scored[i] : byRange[i];
                }
            }
            // ranges in document order, so that equal scores keep the order one pass gives (lower documents first)
            for (int i = 0; i < byRange.length; i++) {
                for (ScoreDoc d : byRange[i].scoreDocs) {
                    d.shardIndex = i;
                }
            }
            return TopDocs.merge(n, byRange);
        } finally {
            idle.release(free);
        }
    }

    /** Work that can be shared out: part {@code part} of {@code of} equal parts. */
    interface Parted<T> {
        T part(int part, int of) throws IOException;
    }

    /**
     * The parts of {@code work}, in order: one part only while other searches run; alone, as many
     * parts as there are idle helpers plus this thread, scored side by side.
     */
    <T> List<T> inParts(Parted<T> work) throws IOException {
        int free = idleIfAlone();
        try {
            return free == 0 ? List.of(work.part(0, 1)) : shared(free, work);
        } finally {
            idle.release(free);
        }
    }

    /** The helpers taken for a search running alone; none while others run. */
    private int idleIfAlone() {
        return helpers == 0 || searching.get() > 1 ? 0 : takeIdle();
    }

    /** The {@code free + 1} parts of {@code work}: part 0 in this thread, the others on the helpers taken. */
    private <T> List<T> shared(int free, Parted<T> work) throws IOException {
        List<Future<T>> helped = new ArrayList<>();
        for (int p = 1; p <= free; p++) {
            int part = p;
            helped.add(pool.submit(() -> {
                try {
                    return work.part(part, free + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        T first;
        try {
            first = work.part(0, free + 1);
        } catch (IOException | RuntimeException e) {
            finished(helped); // they read this search's reader: done before it is handed back
            throw e;
        }
        try {
            List<T> out = new ArrayList<>();
            out.add(first);
            for (Future<T> f : helped) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("search interrupted", e);
        } catch (ExecutionException e) {
            throw unwrapped(e);
        }
    }

    /** Waits for the helpers' parts, whatever they give: this thread's part failed already. */
    private static void finished(List<? extends Future<?>> helped) {
        for (Future<?> f : helped) {
            try {
                f.get();
            } catch (ExecutionException | java.util.concurrent.CancellationException ignored) {
                // the first failure is the one reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A helper's failure as this thread's. */
    private static IOException unwrapped(ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (e.getCause() instanceof RuntimeException re) {
            throw re;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IOException(e.getCause());
    }

    /** How many helpers are idle now, taken for this search. */
    private int takeIdle() {
        int free = 0;
        while (free < helpers && idle.tryAcquire()) {
            free++;
        }
        return free;
    }

    /** Documents [from, to) of one segment. */
    private record Range(LeafReaderContext leaf, int from, int to) {
        TopDocs best(Weight weight, int n) {
            try {
                TopScoreDocCollector collector = new TopScoreDocCollectorManager(n, null, n, false).newCollector();
                BulkScorer scorer = weight.bulkScorer(leaf);
                if (scorer != null) {
                    scorer.score(collector.getLeafCollector(leaf), leaf.reader().getLiveDocs(), from, to);
                }
                return collector.topDocs();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
