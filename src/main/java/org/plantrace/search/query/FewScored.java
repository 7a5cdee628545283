package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.plantrace.search.index.ClauseFields;

/**
 * The best of a few found clauses (a cut to close matches: 生态保护红线 城镇开发边界 finds 2,000 of
 * 600,000) by the weighted score of "any of" the words. Lucene scores them by moving every word's
 * postings to each found clause in turn, decoding a block of postings per clause and word; here each
 * word's postings are read once, in order, beside the found clauses' list, and only where they meet
 * is the word's score taken. The score is the same sum (a group of "any of" scores the sum of its
 * words' scores), added in another order; {@code FewScoredTest} compares with Lucene's.
 */
final class FewScored {
    /** Found clauses are few when the words' postings hold this many times more documents. */
    static final int FEW = 16;

    private FewScored() {
    }

    /** Whether {@code words} is "any of" its parts, scored as their sum: what this class scores. */
    static boolean applies(Query words) {
        return words instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0 && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
    }

    /**
     * The best {@code n} of {@code found} by {@code words} (see {@link #applies}) weighed as
     * {@link WeightedQuery} weighs; null when the found clauses are not few enough for this to pay.
     */
    static TopDocs best(IndexSearcher searcher, Query words, FacetsCollector found, int n) throws IOException {
        // decided before any weight or postings is made: most searches are broad, and go to Lucene
        if (HitSets.count(found) * FEW >= postings(searcher, (BooleanQuery) words)) {
            return null;
        }
        List<Weight> parts = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) words).clauses()) {
            parts.add(searcher.createWeight(searcher.rewrite(c.getQuery()), ScoreMode.COMPLETE, 1f));
        }
        List<FacetsCollector.MatchingDocs> leaves = found.getMatchingDocs();
        List<List<Scorer>> scorers = new ArrayList<>();
        for (FacetsCollector.MatchingDocs leaf : leaves) {
            List<Scorer> of = new ArrayList<>();
            if (leaf.totalHits > 0) {
                for (Weight w : parts) {
                    Scorer s = w.scorer(leaf.context);
                    if (s != null) {
                        of.add(s);
                    }
                }
            }
            scorers.add(of);
        }
        List<ScoreDoc> best = new ArrayList<>();
        DoubleValuesSource weights = DoubleValuesSource.fromDoubleField(ClauseFields.WEIGHT);
        for (int l = 0; l < leaves.size(); l++) {
            FacetsCollector.MatchingDocs leaf = leaves.get(l);
            if (leaf.totalHits == 0) {
                continue;
            }
            int[] docs = docsOf(leaf);
            double[] sum = new double[docs.length];
            boolean[] hit = new boolean[docs.length];
            for (Scorer s : scorers.get(l)) {
                add(s, docs, sum, hit);
            }
            DoubleValues values = weights.getValues(leaf.context, null);
            LeafReaderContext context = leaf.context;
            for (int i = 0; i < docs.length; i++) {
                if (hit[i]) {
                    float score = WeightedQuery.weighed((float) sum[i], values, docs[i], 1f);
                    best.add(new ScoreDoc(context.docBase + docs[i], score));
                }
            }
        }
        // by score, then document, as Lucene's collector keeps them
        best.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        ScoreDoc[] top = best.subList(0, Math.min(n, best.size())).toArray(new ScoreDoc[0]);
        return new TopDocs(new TotalHits(best.size(), TotalHits.Relation.EQUAL_TO), top);
    }

    /**
     * How many postings the words hold: a word's document count from the terms dictionary (one
     * look-up), anything else (a phrase, a named article) counted as every document, which only
     * makes word by word scoring likelier where it reads that part's own matches anyway.
     */
    private static long postings(IndexSearcher searcher, BooleanQuery words) throws IOException {
        long out = 0;
        for (BooleanClause c : words.clauses()) {
            Query part = c.getQuery();
            while (part instanceof BoostQuery || part instanceof ConstantScoreQuery) {
                part = part instanceof BoostQuery b ? b.getQuery() : ((ConstantScoreQuery) part).getQuery();
            }
            out += part instanceof TermQuery term ? searcher.getIndexReader().docFreq(term.getTerm())
                    : searcher.getIndexReader().maxDoc();
        }
        return out;
    }

    /** One word's postings read in order beside the found clauses: its score where they meet. */
    private static void add(Scorer scorer, int[] docs, double[] sum, boolean[] hit) throws IOException {
        DocIdSetIterator postings = scorer.iterator();
        int i = 0;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && i < docs.length; doc = postings.nextDoc()) {
            while (i < docs.length && docs[i] < doc) {
                i++;
            }
            if (i < docs.length && docs[i] == doc) {
                sum[i] += scorer.score();
                hit[i] = true;
            }
        }
    }

    private static int[] docsOf(FacetsCollector.MatchingDocs leaf) {
        FixedBitSet bits = (FixedBitSet) ((BitDocIdSet) leaf.bits).bits();
        int[] out = new int[leaf.totalHits];
        int k = 0;
        for (int doc = bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            out[k++] = doc;
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }
}
