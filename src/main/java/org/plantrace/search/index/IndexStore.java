package org.plantrace.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
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
    /** Commit user data: {@link Analysis#indexing()} of the analysis that made the fields. */
    static final String KEY_ANALYSIS = "plantrace.analysis";
    /** Documents between progress commits of a rebuild. */
    static final int COMMIT_EVERY = 2_000;
    /** How long a clause edit waits for others before its commit. */
    static final long COMMIT_DELAY_MS = 1_000;

    private final Directory directory;
    private final Analysis analysis;
    private final ClauseDocuments documents;
    /** Read without the store's lock: a search must not wait behind a commit. */
    private volatile SearcherManager searchers;
    /**
     * Opened at the first write and kept: opening a writer per edit cost more than the edit (reading
     * the segments, and on close waiting for the merges the new tiny segment set off). Every write
     * still ends in a commit, so what the catalog says is on disk.
     */
    private IndexWriter writer;
    private IndexCatalog catalog;

    private final PendingEdits pending;
    /** Commits clause edits a moment after they were buffered; one daemon thread per store. */
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index-commit");
        t.setDaemon(true);
        return t;
    });
    private boolean commitScheduled;

    private IndexStore(Directory directory, Analysis analysis, ClauseLinks links, Path folder) {
        this.directory = directory;
        this.analysis = analysis;
        this.documents = new ClauseDocuments(links);
        this.pending = new PendingEdits(folder);
    }

    public static IndexStore at(Path folder, Analysis analysis, ClauseLinks links) throws IOException {
        return new IndexStore(FSDirectory.open(folder), analysis, links, folder);
    }

    /** In memory: for comparing analyses and for tests. */
    public static IndexStore inMemory(Analysis analysis, ClauseLinks links) {
        return new IndexStore(new ByteBuffersDirectory(), analysis, links, null);
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
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            IndexCatalog found = IndexCatalog.fromUserData(data);
            if (found.layout() != IndexCatalog.LAYOUT) {
                return Optional.of("索引格式已更新 / index layout " + found.layout() + " is not " + IndexCatalog.LAYOUT);
            }
            if (found.complete() && !analysis.indexing().equals(data.get(KEY_ANALYSIS))) {
                return Optional.of("检索词表已更改 / the index was made with another analysis or vocabulary ("
                        + data.get(KEY_ANALYSIS) + ", now " + analysis.indexing() + ")");
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
        closeWriter();
        // CREATE, not the kept writer: the old index may be unreadable, which is why it is rebuilt
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        try {
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
            // one segment: a search's fixed cost (terms looked up, postings opened, sets combined) is
            // per segment, and at 1,000 plans the 21 segments the build leaves doubled a new query's
            // time (docs/benchmarks.md); edits after this add small segments the merge policy folds in
            writer.forceMerge(1);
            IndexCatalog next = IndexCatalog.of(versions, true);
            commit(writer, next);
            catalog = next;
            pending.clear();
        } catch (IOException | RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    /** Adds or replaces one version (after an ingest, a publish, an edit): one atomic commit. */
    public synchronized void put(PlanVersion version) throws IOException {
        IndexCatalog next = catalog().with(version);
        try {
            IndexWriter w = writer();
            w.deleteDocuments(new Term(ClauseFields.PLAN_VERSION,
                    ClauseFields.planVersion(version.plan().code(), version.number())));
            w.addDocuments(documents.of(version));
            commit(w, next); // holds any clause edits still pending too
        } catch (IOException | RuntimeException e) {
            rollback(e);
            throw e;
        }
        catalog = next;
        pending.clear();
        refresh();
    }

    /**
     * Replaces the documents of some clauses of an indexed version (and of their sub-clauses): a
     * drafter's edit. Searches see it when this returns; the commit follows within
     * {@link #COMMIT_DELAY_MS} together with any other edits, the version recorded in
     * {@link PendingEdits} until then so a crash in between is repaired on the next open. A version
     * the index does not hold with this status is indexed whole instead (and committed at once), so
     * the catalog never claims what was not written.
     */
    public synchronized void putClauses(PlanVersion version, Set<String> uids) throws IOException {
        if (!catalog().versions().contains(IndexCatalog.entry(version))) {
            put(version);
            return;
        }
        List<Document> docs = documents.of(version, uids);
        String pv = ClauseFields.planVersion(version.plan().code(), version.number());
        pending.add(version.plan().code(), version.number());
        try {
            IndexWriter w = writer();
            for (Document d : docs) {
                // the id (plan/version/eId) is unique in the index, and an edit moves no clause
                w.deleteDocuments(new Term(ClauseFields.ID, d.get(ClauseFields.ID)));
            }
            for (String uid : uids) {
                w.deleteDocuments(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ClauseFields.PLAN_VERSION, pv)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(ClauseFields.UID, uid)), BooleanClause.Occur.FILTER).build());
            }
            w.addDocuments(docs);
        } catch (IOException | RuntimeException e) {
            rollback(e);
            throw e;
        }
        refresh();
        if (!commitScheduled) {
            commitScheduled = true;
            committer.schedule(this::commitPending, COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Commits the buffered clause edits; a failure leaves them pending for the next write or open. */
    private synchronized void commitPending() {
        commitScheduled = false;
        if (writer == null || pending.isEmpty()) {
            return;
        }
        try {
            commit(writer, catalog);
            pending.clear();
        } catch (IOException | RuntimeException e) {
            System.getLogger(IndexStore.class.getName()).log(System.Logger.Level.WARNING,
                    "search index: committing clause edits failed; they are re-indexed on the next start", e);
        }
    }

    /** Versions whose clause edits a previous run buffered but did not commit: re-index them ({@link #put}). */
    public List<PendingEdits.Version> uncommittedEdits() throws IOException {
        return pending.leftOver();
    }

    /** Lets searches see what the writer holds, committed or not. */
    private void refresh() throws IOException {
        SearcherManager current = searchers;
        if (current != null) {
            current.maybeRefreshBlocking();
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

    /**
     * A searcher on the latest state, edits not yet committed included; hand it back with
     * {@link #release}. Takes the store's lock only the first time, so searches never queue
     * behind a write.
     */
    public IndexSearcher acquire() throws IOException {
        while (true) {
            SearcherManager current = searchers;
            if (current == null) {
                current = openSearchers();
            }
            try {
                return current.acquire();
            } catch (AlreadyClosedException e) {
                if (searchers == current) {
                    throw e;
                } // replaced by a write meanwhile: take the new ones
            }
        }
    }

    private synchronized SearcherManager openSearchers() throws IOException {
        if (searchers == null) {
            // near-real-time from the writer when there is one, else from the last commit
            searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
        }
        return searchers;
    }

    public void release(IndexSearcher searcher) throws IOException {
        // what SearcherManager.release does, without needing the manager that handed it out
        searcher.getIndexReader().decRef();
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(64);
        return config;
    }

    /** The commit's user data: the catalog, and the analysis the fields were made with. */
    private void commit(IndexWriter writer, IndexCatalog catalog) throws IOException {
        Map<String, String> data = new HashMap<>(catalog.toUserData());
        data.put(KEY_ANALYSIS, analysis.indexing());
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            closeSearchers(); // reopened on the writer, so that they see edits before their commit
        }
        return writer;
    }

    /**
     * A write failed half-way: the kept writer drops what it buffered since the last commit (and is
     * closed), so that no later commit can carry half a change under a catalog that claims it whole.
     */
    private void rollback(Exception failure) {
        IndexWriter w = writer;
        writer = null;
        if (w != null) {
            try {
                w.rollback();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private synchronized void closeWriter() throws IOException {
        if (writer != null) {
            IndexWriter w = writer;
            writer = null;
            w.close();
        }
    }

    private synchronized void closeSearchers() throws IOException {
        SearcherManager current = searchers;
        searchers = null; // first, so that a search racing the close opens new ones (see acquire)
        if (current != null) {
            current.close();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        committer.shutdownNow();
        commitPending();
        closeSearchers();
        closeWriter();
        directory.close();
    }
}
