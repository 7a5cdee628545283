package org.plantrace.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.SeedPlan;
import org.plantrace.search.index.IndexStore;

/** The published seed plan indexed in memory with an analysis: for tests comparing what two queries match. */
final class SeedSearcher implements AutoCloseable {
    private final IndexStore store;
    private final IndexSearcher searcher;

    SeedSearcher(Analysis analysis) throws IOException {
        store = IndexStore.inMemory(analysis, ClauseLinks.NONE);
        store.rebuild(List.of(SeedPlan.version(1, VersionStatus.PUBLISHED)));
        searcher = store.acquire();
    }

    /** The clauses {@code query} matches, in index order. */
    List<Integer> docs(Query query) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, 100_000).scoreDocs) {
            out.add(d.doc);
        }
        out.sort(null);
        return out;
    }

    int count(Query query) throws IOException {
        return searcher.count(query);
    }

    @Override
    public void close() throws IOException {
        store.release(searcher);
        store.close();
    }
}
