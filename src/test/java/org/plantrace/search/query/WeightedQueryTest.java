package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.plantrace.search.index.ClauseFields;

/**
 * The weighted score must be Lucene's function-query score to the bit, and the best ten found while
 * skipping must be the best ten of scoring everything, ties and all.
 */
class WeightedQueryTest {
    @Test
    void sameScoresAndSameBestAsTheFunctionQuery() throws IOException {
        Random random = new Random(15);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 30_000; i++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(30);
                for (int w = 0; w < words; w++) {
                    text.append('w').append((int) Math.abs(random.nextGaussian() * 8)).append(' ');
                }
                Document d = new Document();
                d.add(new TextField("text", text.toString(), Field.Store.NO));
                d.add(new DoubleDocValuesField(ClauseFields.WEIGHT, random.nextInt(3) == 0 ? 0.5 : 1.0));
                writer.addDocument(d);
            }
            writer.forceMerge(2);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int q = 0; q < 20; q++) {
                    BooleanQuery.Builder words = new BooleanQuery.Builder();
                    for (int t = 0; t < 1 + q % 4; t++) {
                        words.add(new TermQuery(new Term("text", "w" + random.nextInt(14))), BooleanClause.Occur.SHOULD);
                    }
                    Query text = words.build();
                    Query function = FunctionScoreQuery.boostByValue(text, DoubleValuesSource.fromDoubleField(ClauseFields.WEIGHT));
                    Query weighted = new WeightedQuery(text);
                    if (q % 5 == 4) { // as ClauseQueries ranks close matches first
                        Query close = new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("text", "w1"))), 300f);
                        function = new BooleanQuery.Builder().add(function, BooleanClause.Occur.MUST)
                                .add(close, BooleanClause.Occur.SHOULD).build();
                        weighted = new BooleanQuery.Builder().add(weighted, BooleanClause.Occur.MUST)
                                .add(close, BooleanClause.Occur.SHOULD).build();
                    }
                    TopDocs all = searcher.search(function, reader.maxDoc());
                    assertTrue(all.totalHits.value > 1000, "enough hits for skipping to matter");
                    TopDocs every = searcher.search(weighted, reader.maxDoc());
                    TopDocs best = searcher.search(weighted, new TopScoreDocCollectorManager(10, null, 10, false));
                    for (int i = 0; i < all.scoreDocs.length; i++) {
                        assertEquals(all.scoreDocs[i].doc, every.scoreDocs[i].doc, text + " rank " + i);
                        assertEquals(all.scoreDocs[i].score, every.scoreDocs[i].score, 0f, text + " rank " + i);
                    }
                    for (int i = 0; i < 10; i++) {
                        assertEquals(all.scoreDocs[i].doc, best.scoreDocs[i].doc, text + " top rank " + i);
                        assertEquals(all.scoreDocs[i].score, best.scoreDocs[i].score, 0f, text + " top rank " + i);
                    }
                }
            }
        }
    }
}
