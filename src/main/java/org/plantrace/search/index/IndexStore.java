package org.plantrace.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.analysis.Analysis;

/**
 * The clause index in one directory. Every write ends in a commit whose user data is the
 * {@link IndexCatalog}; a rebuild first commits an empty, unfinished catalog, so a crash at any
 * point after it leaves an index that says "unfinished" and a crash before it leaves the old
 * commit, whose catalog no longer matches the database. Either way {@link #problem} names it.
 */
public final class IndexStore implements Closeable {
    /** Documents between progress commits of a rebuild. */
    static final int COMMIT_EVERY = 2_000;

    private final Directory directory;
    private final Analysis analysis;
    private final ClauseDocuments documents;
    private SearcherManager searchers;
    private IndexCatalog catalog;

    private IndexStore(Directory directory, Analysis analysis, ClauseLinks links) {
        this.directory = directory;
        this.analysis = analysis;
        this.documents = new ClauseDocuments(links);
    }

    public static IndexStore at(Path folder, Analysis analysis, ClauseLinks links) throws IOException {
        return new IndexStore(FSDirectory.open(folder), analysis, links);
    }

    /** In memory: for comparing analyses and for tests. */
    public static IndexStore inMemory(Analysis analysis, ClauseLinks links) {
        return new IndexStore(new ByteBuffersDirectory(), analysis, links);
    }

    public Analysis analysis() {
        return analysis;
    }

    /**
     * What is wrong with the index against what the database holds, or empty if it can be used:
     * missing, unreadable, unfinished, of an older layout, stale, or failing its checksums.
     */
    public Optional<String> problem(IndexCatalog expected) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.of("索引不存在 / no index");
            }
            IndexCatalog found = IndexCatalog.fromUserData(SegmentInfos.readLatestCommit(directory).getUserData());
            if (found.layout() != IndexCatalog.LAYOUT) {
                return Optional.of("索引格式已更新 / index layout " + found.layout() + " is not " + IndexCatalog.LAYOUT);
            }
            if (!found.complete()) {
                return Optional.of("上次建索引被中断 / the last indexing did not finish");
            }
            if (!found.versions().equals(expected.versions())) {
                return Optional.of("索引与数据库不一致 / index is stale: it holds " + found.versions().size()
                        + " versions, the database " + expected.versions().size());
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            catalog = found;
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("索引已损坏 / index unreadable: " + e);
        }
    }

    /** Replaces the whole index by these versions. */
    public void rebuild(List<PlanVersion> versions) throws IOException {
        rebuild(versions, n -> { });
    }

    /** As {@link #rebuild(List)}, calling {@code afterDocument} with the count so far (for tests that interrupt it). */
    public synchronized void rebuild(List<PlanVersion> versions, IntConsumer afterDocument) throws IOException {
        closeSearchers();
        try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
            commit(writer, IndexCatalog.of(List.of(), false));
            List<PlanVersion> done = new ArrayList<>();
            int count = 0;
            for (PlanVersion version : versions) {
                for (var doc : documents.of(version)) {
                    writer.addDocument(doc);
                    afterDocument.accept(++count);
                    if (count % COMMIT_EVERY == 0) {
                        commit(writer, IndexCatalog.of(done, false));
                    }
                }
                done.add(version);
            }
            catalog = IndexCatalog.of(versions, true);
            commit(writer, catalog);
        }
    }

    /** Adds or replaces one version (after an ingest, a publish, an edit): one atomic commit. */
    public synchronized void put(PlanVersion version) throws IOException {
        IndexCatalog next = catalog().with(version);
        try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
            writer.deleteDocuments(new Term(ClauseFields.PLAN_VERSION,
                    ClauseFields.planVersion(version.plan().code(), version.number())));
            writer.addDocuments(documents.of(version));
            commit(writer, next);
        }
        catalog = next;
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    /** The catalog of the last commit. */
    public synchronized IndexCatalog catalog() throws IOException {
        if (catalog == null) {
            catalog = DirectoryReader.indexExists(directory)
                    ? IndexCatalog.fromUserData(SegmentInfos.readLatestCommit(directory).getUserData())
                    : IndexCatalog.of(List.of(), true);
        }
        return catalog;
    }

    /** A searcher on the last commit; hand it back with {@link #release}. */
    public synchronized IndexSearcher acquire() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers.acquire();
    }

    public synchronized void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static void commit(IndexWriter writer, IndexCatalog catalog) throws IOException {
        writer.setLiveCommitData(catalog.toUserData().entrySet());
        writer.commit();
    }

    private synchronized void closeSearchers() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeSearchers();
        directory.close();
    }
}
