package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.plantrace.search.index.ClauseFields;

/**
 * Scoring a few found clauses word by word must rank them as Lucene ranks the filtered query: the
 * same clauses in the same order, scores equal to float rounding, on several segments with deletions;
 * and it must step aside when the found clauses are many.
 */
class FewScoredTest {
    @Test
    void sameBestAsLuceneOnTheFilteredQuery() throws Exception {
        Random random = new Random(21);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < 30_000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0; w < 1 + random.nextInt(25); w++) {
                        text.append('w').append((int) Math.abs(random.nextGaussian() * 6)).append(' ');
                    }
                    Document d = new Document();
                    d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    d.add(new TextField("text", text.toString(), Field.Store.NO));
                    d.add(new DoubleDocValuesField(ClauseFields.WEIGHT, random.nextInt(4) == 0 ? 0.5 : 1.0));
                    writer.addDocument(d);
                    if (i % 9_000 == 8_999) {
                        writer.commit();
                    }
                }
                for (int i = 0; i < 200; i++) {
                    writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(30_000))));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir); BestOf twoCores = new BestOf(1)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int compared = 0;
                int narrowSeen = 0;
                for (int q = 0; q < 40; q++) {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    for (int t = 0; t < 2 + q % 5; t++) {
                        b.add(new BoostQuery(new TermQuery(new Term("text", "w" + random.nextInt(8))), 0.5f + t),
                                BooleanClause.Occur.SHOULD);
                    }
                    b.add(new PhraseQuery("text", "w0", "w1"), BooleanClause.Occur.SHOULD);
                    // a narrow word too: fewer postings than found clauses, the found list searched forward
                    b.add(new TermQuery(new Term("text", "w" + (12 + q % 8))), BooleanClause.Occur.SHOULD);
                    b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("text", "w3"))), 7f),
                            BooleanClause.Occur.SHOULD);
                    Query words = b.build();
                    List<BytesRef> ids = new ArrayList<>();
                    for (int i = 0; i < 50 + q * 10; i++) {
                        ids.add(new BytesRef(Integer.toString(random.nextInt(30_000))));
                    }
                    Query filtered = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                            .add(new TermInSetQuery("id", ids), BooleanClause.Occur.FILTER).build();
                    FacetsCollector found = HitSets.of(searcher, filtered);
                    if (reader.docFreq(new Term("text", "w" + (12 + q % 8))) < HitSets.count(found)) {
                        narrowSeen++;
                    }
                    for (int n : new int[] {1, 10, 40}) {
                        TopDocs expected = searcher.search(new WeightedQuery(filtered), n);
                        // alone, and with the words shared out between this thread and a helper
                        for (TopDocs actual : List.of(FewScored.best(searcher, words, found, n),
                                FewScored.best(searcher, words, found, n, twoCores))) {
                            assertNotNull(actual, "few found: " + HitSets.count(found));
                            assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, words.toString());
                            for (int i = 0; i < expected.scoreDocs.length; i++) {
                                assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-5f, words + " rank " + i);
                                assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, words + " rank " + i);
                            }
                        }
                        compared += expected.scoreDocs.length;
                    }
                }
                assertTrue(compared > 500, "compared " + compared);
                assertTrue(narrowSeen > 0, "no query had a word with fewer postings than found clauses");
                // many found: Lucene's skipping pays, and this steps aside
                Query broad = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "w0")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("text", "w1")), BooleanClause.Occur.SHOULD).build();
                assertNull(FewScored.best(searcher, broad, HitSets.of(searcher, broad), 10));
            }
        }
    }

    @Test
    void firstAtLeastFindsWhatALinearSearchFinds() {
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            int[] docs = random.ints(1 + random.nextInt(300), 0, 5_000).distinct().sorted().toArray();
            int from = random.nextInt(docs.length + 1);
            int target = random.nextInt(5_200);
            int expected = from;
            while (expected < docs.length && docs[expected] < target) {
                expected++;
            }
            assertEquals(expected, FewScored.firstAtLeast(docs, from, target), java.util.Arrays.toString(docs) + " from " + from + " to " + target);
        }
    }

    @Test
    void sharesHoldAboutEqualPostings() {
        long[] costs = {224_000, 8_000, 198_000, 4_000, 124_000, 94_000, 2_000, 50_000};
        int[] two = FewScored.shares(costs, 2);
        long[] load = new long[2];
        for (int i = 0; i < costs.length; i++) {
            load[two[i]] += costs[i];
        }
        // 704,000 postings: no greedy split leaves a share more than the largest word above half
        assertTrue(Math.abs(load[0] - load[1]) <= 224_000, java.util.Arrays.toString(load));
        assertTrue(load[0] > 0 && load[1] > 0, java.util.Arrays.toString(load));
        assertEquals(0, java.util.Arrays.stream(FewScored.shares(costs, 1)).sum(), "one share: every word in it");
    }
}
