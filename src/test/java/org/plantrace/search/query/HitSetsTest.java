package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.search.index.ClauseFields;

/**
 * The sets must be exactly Lucene's matches, for every shape of query the search builds (and some it
 * does not), on several segments with deleted documents, read fresh or from kept word sets; and the
 * best ten scored within them must be Lucene's best ten of the same query with the same filter.
 */
class HitSetsTest {
    private final Random random = new Random(8);
    private ByteBuffersDirectory dir;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 12_000; i++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(20);
                for (int w = 0; w < words; w++) {
                    text.append('w').append((int) Math.abs(random.nextGaussian() * 6)).append(' ');
                }
                Document d = new Document();
                d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                d.add(new TextField("text", text.toString(), Field.Store.NO));
                d.add(new TextField("heading", "w" + random.nextInt(12), Field.Store.NO));
                d.add(new StringField("pv", "p" + (i % 7), Field.Store.NO));
                d.add(new DoubleDocValuesField(ClauseFields.WEIGHT, random.nextInt(3) == 0 ? 0.5 : 1.0));
                writer.addDocument(d);
                if (i % 2_500 == 2_499) {
                    writer.commit(); // several segments
                }
            }
            for (int i = 0; i < 300; i++) {
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt(12_000))));
            }
            writer.commit();
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        assertTrue(reader.leaves().size() > 2, "several segments");
        assertTrue(reader.hasDeletions(), "deleted documents");
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void setsAreLucenesMatchesReadFreshOrKept() throws IOException {
        WordSets kept = new WordSets(WordSets.DEFAULT_BYTES);
        for (int q = 0; q < 300; q++) {
            Query query = randomQuery(3);
            BitSet lucene = lucene(query);
            assertEquals(lucene, ours(HitSets.of(searcher, query)), query.toString());
            // the same query again reads its words' sets from the kept ones
            new HitSets(searcher, kept).matches(query);
            assertEquals(lucene, ours(new HitSets(searcher, kept).matches(query)), "kept: " + query);
        }
        assertTrue(kept.size() > 0, "words and phrases were kept");
    }

    @Test
    void keptSetsGoWithTheirSegments() throws IOException {
        WordSets kept = new WordSets(WordSets.DEFAULT_BYTES);
        new HitSets(searcher, kept).matches(new TermQuery(new Term("text", "w1")));
        assertEquals(reader.leaves().size(), kept.size(), "one set per segment");
        reader.close();
        assertEquals(0, kept.size(), "a closed segment's sets are let go");
        reader = DirectoryReader.open(dir);
    }

    @Test
    void intersectionAndDifferenceLeaveTheirInputsAlone() throws IOException {
        Query a = new TermQuery(new Term("text", "w1"));
        Query b = new TermQuery(new Term("text", "w2"));
        FacetsCollector left = HitSets.of(searcher, a);
        FacetsCollector right = HitSets.of(searcher, b);
        BitSet both = lucene(new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.MUST).build());
        BitSet only = lucene(new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.MUST_NOT).build());
        assertEquals(both, ours(HitSets.intersection(left, right)));
        assertEquals(only, ours(HitSets.difference(left, right)));
        assertEquals(lucene(a), ours(left));
        assertEquals(both.cardinality(), HitSets.count(HitSets.intersection(left, right)));
    }

    @Test
    void aQueryLongerThanLuceneAllowsIsRefusedNotRead() {
        // each group within Lucene's limit, together beyond it
        BooleanQuery.Builder nestedGroups = new BooleanQuery.Builder();
        for (int g = 0; g < 2; g++) {
            BooleanQuery.Builder group = new BooleanQuery.Builder();
            for (int i = 0; i < IndexSearcher.getMaxClauseCount() * 2 / 3; i++) {
                group.add(new TermQuery(new Term("text", "x" + g + "_" + i)), BooleanClause.Occur.SHOULD);
            }
            nestedGroups.add(group.build(), BooleanClause.Occur.SHOULD);
        }
        Query nested = nestedGroups.build();
        assertThrows(IndexSearcher.TooManyClauses.class, () -> HitSets.of(searcher, nested));
    }

    @Test
    void theBestWithinTheFoundAreLucenesBestOfTheFilteredQuery() throws IOException {
        for (int q = 0; q < 40; q++) {
            Query words = nestedWords();
            // a broad filter, a narrower one, and a few clauses (the found ones then lead the scoring)
            Query filter = q % 3 == 0 ? new TermQuery(new Term("pv", "p" + (q % 7)))
                    : q % 3 == 1 ? new TermQuery(new Term("heading", "w" + (q % 12))) : fewIds(30);
            Query filtered = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                    .add(filter, BooleanClause.Occur.FILTER).build();
            TopDocs expected = searcher.search(new WeightedQuery(filtered), 10);
            FacetsCollector found = HitSets.of(searcher, filtered);
            TopDocs actual = searcher.search(new WithinHits(new WeightedQuery(FlatDisjunction.of(words)), found),
                    new TopScoreDocCollectorManager(10, null, 10, false));
            assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, filtered.toString());
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                // the same sum, added in another order: equal to float rounding
                assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-4f, filtered + " rank " + i);
            }
            if (expected.scoreDocs.length == 0) {
                continue;
            }
            float tenth = expected.scoreDocs[expected.scoreDocs.length - 1].score;
            assertEquals(above(expected, tenth + 1e-4f), above(actual, tenth + 1e-4f), filtered.toString());
        }
    }

    private Query fewIds(int n) {
        List<BytesRef> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(new BytesRef(Integer.toString(random.nextInt(12_000))));
        }
        return new TermInSetQuery("id", ids);
    }

    /** Words as the analysis builds them: groups of boosted words in fields, any of them. */
    private Query nestedWords() {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (int w = 0; w < 2 + random.nextInt(3); w++) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            one.add(new BoostQuery(new TermQuery(new Term("heading", "w" + random.nextInt(12))), 3f), BooleanClause.Occur.SHOULD);
            BooleanQuery.Builder bigrams = new BooleanQuery.Builder();
            bigrams.add(new TermQuery(new Term("text", "w" + random.nextInt(12))), BooleanClause.Occur.SHOULD);
            bigrams.add(new TermQuery(new Term("text", "w" + random.nextInt(12))), BooleanClause.Occur.SHOULD);
            one.add(new BoostQuery(bigrams.build(), 0.5f + random.nextInt(3)), BooleanClause.Occur.SHOULD);
            words.add(one.build(), BooleanClause.Occur.SHOULD);
        }
        return words.build();
    }

    private static List<Integer> above(TopDocs top, float score) {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
            if (d.score > score) {
                out.add(d.doc);
            }
        }
        out.sort(null);
        return out;
    }

    private Query randomQuery(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 5);
        switch (kind) {
            case 0, 1:
                return new TermQuery(new Term(random.nextBoolean() ? "text" : "heading", "w" + random.nextInt(16)));
            case 2:
                return new PhraseQuery("text", "w" + random.nextInt(4), "w" + random.nextInt(4));
            case 3:
                return new TermInSetQuery("pv", List.of(new BytesRef("p" + random.nextInt(7)), new BytesRef("p" + random.nextInt(7))));
            case 4:
                return random.nextInt(4) == 0 ? new MatchAllDocsQuery() : new TermQuery(new Term("text", "absent"));
            case 5:
                return new BoostQuery(randomQuery(depth - 1), 2f);
            case 6:
                return new ConstantScoreQuery(randomQuery(depth - 1));
            case 7:
                return random.nextBoolean() ? new MatchNoDocsQuery() : new WeightedQuery(randomQuery(depth - 1));
            default:
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                int clauses = 1 + random.nextInt(4);
                for (int i = 0; i < clauses; i++) {
                    BooleanClause.Occur occur = BooleanClause.Occur.values()[random.nextInt(4)];
                    b.add(randomQuery(depth - 1), occur);
                }
                if (random.nextInt(6) == 0) {
                    b.add(randomQuery(depth - 1), BooleanClause.Occur.SHOULD);
                    b.add(randomQuery(depth - 1), BooleanClause.Occur.SHOULD);
                    b.setMinimumNumberShouldMatch(1 + random.nextInt(2));
                }
                return b.build();
        }
    }

    private BitSet lucene(Query query) throws IOException {
        BitSet out = new BitSet();
        TopDocs all = searcher.search(new ConstantScoreQuery(query), Math.max(1, reader.maxDoc()));
        for (ScoreDoc d : all.scoreDocs) {
            out.set(d.doc);
        }
        return out;
    }

    private static BitSet ours(FacetsCollector sets) throws IOException {
        BitSet out = new BitSet();
        for (FacetsCollector.MatchingDocs m : sets.getMatchingDocs()) {
            DocIdSetIterator it = m.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                out.set(m.context.docBase + doc);
            }
        }
        return out;
    }
}
