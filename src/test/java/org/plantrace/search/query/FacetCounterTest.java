package org.plantrace.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.plantrace.search.FacetValue;

/**
 * The fast facet counts must be Lucene's, value for value and in the same order, whatever the hits:
 * few (Lucene's sparse hit list) or many (its bit set), over several segments with deleted
 * documents, values in runs (plan, chapter), changing from document to document (kind) and several
 * per document (township).
 */
class FacetCounterTest {
    private static final List<String> DIMS = List.of("plan", "chapter", "kind", "mandatory", "township", "absent");

    @Test
    void countsAsLuceneDoesOverSegmentsDeletionsAndAnyHits() throws IOException {
        Random random = new Random(15);
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("township", true);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()).setMaxBufferedDocs(700))) {
            for (int plan = 0; plan < 12; plan++) {
                int clauses = 100 + random.nextInt(300);
                for (int c = 0; c < clauses; c++) {
                    Document d = new Document();
                    d.add(new StringField("id", plan + "/" + c, Field.Store.NO));
                    d.add(new StringField("word", "w" + random.nextInt(plan % 3 == 0 ? 400 : 3), Field.Store.NO));
                    d.add(new StringField("word", "all", Field.Store.NO));
                    d.add(new SortedSetDocValuesFacetField("plan", "plan" + plan));
                    d.add(new SortedSetDocValuesFacetField("chapter", "chapter" + plan + "-" + c / 40));
                    d.add(new SortedSetDocValuesFacetField("kind", "kind" + random.nextInt(5)));
                    d.add(new SortedSetDocValuesFacetField("mandatory", Boolean.toString(random.nextInt(4) == 0)));
                    int townships = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
                    for (int t = 0; t < townships; t++) {
                        d.add(new SortedSetDocValuesFacetField("township", "town" + random.nextInt(6)));
                    }
                    writer.addDocument(config.build(d));
                }
                if (plan % 4 == 3) {
                    writer.commit();
                }
            }
            for (int i = 0; i < 200; i++) {
                writer.deleteDocuments(new Term("id", random.nextInt(12) + "/" + random.nextInt(300)));
            }
            writer.commit();
            FacetCounter counter = new FacetCounter();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 1, "several segments: ordinals must be mapped");
                assertTrue(reader.hasDeletions());
                IndexSearcher searcher = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
                List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "all"))));
                for (int w = 0; w < 6; w++) {
                    queries.add(new TermQuery(new Term("word", "w" + w)));
                }
                for (Query q : queries) {
                    FacetsCollector hits = FacetsCollectorManager.search(searcher, q, 10, new FacetsCollectorManager())
                            .facetsCollector();
                    for (int topN : new int[] {3, 50}) {
                        assertEquals(lucene(state, hits, topN), counter.count(state, hits, DIMS, topN), q + ", top " + topN);
                    }
                }
                assertTrue(counter.keptSegments() > 0);
            }
            assertEquals(0, counter.keptSegments(), "a closed segment's tables are let go");
        }
    }

    private static Map<String, List<FacetValue>> lucene(SortedSetDocValuesReaderState state, FacetsCollector hits,
            int topN) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
        Map<String, List<FacetValue>> out = new java.util.LinkedHashMap<>();
        for (String dim : DIMS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(topN, dim);
            } catch (IllegalArgumentException notIndexed) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.intValue()));
                }
            }
            if (!values.isEmpty()) {
                out.put(dim, values);
            }
        }
        return out;
    }

    @Test
    void countsTheBitsOfAnyRange() {
        Random random = new Random(3);
        FixedBitSet bits = new FixedBitSet(1000);
        for (int i = 0; i < 400; i++) {
            bits.set(random.nextInt(1000));
        }
        for (int i = 0; i < 2000; i++) {
            int from = random.nextInt(1000);
            int to = from + random.nextInt(1001 - from);
            int expected = 0;
            for (int b = from; b < to; b++) {
                expected += bits.get(b) ? 1 : 0;
            }
            assertEquals(expected, SegmentFacets.countRange(bits.getBits(), from, to), from + ".." + to);
        }
    }
}
