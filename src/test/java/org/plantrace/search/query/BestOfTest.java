package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Scoring a segment in ranges side by side must give the best of one pass: the same documents in
 * the same order, ties (many equal documents, as 1,000 copies of a plan make) in document order;
 * alone, and with every helper busy.
 */
class BestOfTest {
    @Test
    void rangesSideBySideGiveTheBestOfOnePass() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Random random = new Random(3);
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 20_000; i++) {
                    Document d = new Document();
                    // every tenth document a copy of one text: equal scores everywhere
                    String text = i % 10 == 0 ? "w1 w2 w3" : "w" + random.nextInt(8) + " w" + random.nextInt(8) + " x";
                    d.add(new TextField("text", text, Field.Store.NO));
                    writer.addDocument(d);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir); BestOf best = new BestOf(3, 1_000)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int q = 0; q < 12; q++) {
                    BooleanQuery.Builder words = new BooleanQuery.Builder();
                    for (int t = 0; t < 1 + q % 3; t++) {
                        words.add(new BoostQuery(new TermQuery(new Term("text", "w" + random.nextInt(8))), 1 + t),
                                BooleanClause.Occur.SHOULD);
                    }
                    Query query = words.build();
                    for (int n : new int[] {1, 10, 30}) {
                        TopDocs one = searcher.search(query, new TopScoreDocCollectorManager(n, null, n, false));
                        assertSame(one, best.search(searcher, query, n), query + " top " + n);
                    }
                }
            }
        }
    }

    @Test
    void withEveryHelperBusyASearchScoresAlone() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 5_000; i++) {
                    Document d = new Document();
                    d.add(new TextField("text", "w" + (i % 7) + " w" + (i % 3), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir); BestOf best = new BestOf(1, 100)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new TermQuery(new Term("text", "w1"));
                TopDocs one = searcher.search(query, 10);
                // 8 searches at once on one helper: most find it busy and score alone, all give the same
                ExecutorService clients = Executors.newFixedThreadPool(8);
                CountDownLatch start = new CountDownLatch(1);
                Future<?>[] done = new Future<?>[8];
                for (int c = 0; c < 8; c++) {
                    done[c] = clients.submit(() -> {
                        start.await();
                        for (int i = 0; i < 50; i++) {
                            assertSame(one, best.search(searcher, query, 10), "concurrent");
                        }
                        return null;
                    });
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
                clients.shutdown();
            }
        }
    }

    private static void assertSame(TopDocs expected, TopDocs actual, String what) {
        assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, what);
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, what + " rank " + i);
            assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 0f, what + " rank " + i);
        }
    }

    @Test
    void workIsSharedWhenAloneAndTheHelpersFinishBeforeAFailureIsReported() throws Exception {
        try (BestOf cores = new BestOf(1)) {
            assertEquals(java.util.List.of("0/2", "1/2"), cores.inParts((part, of) -> part + "/" + of));
            cores.enter();
            cores.enter();
            assertEquals(java.util.List.of("0/1"), cores.inParts((part, of) -> part + "/" + of), "others running: one part");
            cores.leave();
            cores.leave();

            java.util.concurrent.atomic.AtomicBoolean helperDone = new java.util.concurrent.atomic.AtomicBoolean();
            java.io.IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> cores.inParts((part, of) -> {
                if (part == 0) {
                    throw new java.io.IOException("this thread's part");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                helperDone.set(true);
                return "helped";
            }));
            assertEquals("this thread's part", thrown.getMessage());
            assertTrue(helperDone.get(), "the helper had finished with the reader before the failure came back");

            java.io.IOException fromHelper = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> cores.inParts((part, of) -> {
                if (part == 1) {
                    throw new java.io.IOException("the helper's part");
                }
                return "mine";
            }));
            assertEquals("the helper's part", fromHelper.getMessage());
        }
    }
}
