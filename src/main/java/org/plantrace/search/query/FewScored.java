package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
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
    /**
     * Found clauses are few when the words' postings hold this many times more documents. Measured
     * on one core at 600,000 clauses (2026-12-06): at 91 times, word by word took 0.7 ms and Lucene
     * 4.6; at 70, 1.7 against 2.2; at 51, 6.3 against 4.6; at 12, 4.9 against 2.4.
     */
    static final int FEW = 64;

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
        return best(searcher, words, found, n, null);
    }

    /**
     * As {@link #best(IndexSearcher, Query, FacetsCollector, int)}, the words shared out among idle
     * cores by {@code cores} when given (each core sums its own words' scores; the sums are added).
     */
    static TopDocs best(IndexSearcher searcher, Query words, FacetsCollector found, int n, BestOf cores) throws IOException {
        // decided before any weight or postings is made: most searches are broad, and go to Lucene
        long[] costs = costs(searcher, (BooleanQuery) words);
        if (HitSets.count(found) * FEW >= Arrays.stream(costs).sum()) {
            return null;
        }
        return scored(searcher, words, found, n, cores, costs);
    }

    /** The best {@code n} of {@code found}, word by word, however many they are. */
    static TopDocs scored(IndexSearcher searcher, Query words, FacetsCollector found, int n, BestOf cores, long[] costs)
            throws IOException {
        List<Weight> parts = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) words).clauses()) {
            parts.add(searcher.createWeight(searcher.rewrite(c.getQuery()), ScoreMode.COMPLETE, 1f));
        }
        List<FacetsCollector.MatchingDocs> leaves = found.getMatchingDocs();
        List<int[]> docs = new ArrayList<>();
        for (FacetsCollector.MatchingDocs leaf : leaves) {
            docs.add(leaf.totalHits == 0 ? null : docsOf(leaf));
        }
        List<Sums> shares = cores == null ? List.of(sums(parts, leaves, docs, shares(costs, 1), 0))
                : cores.inParts((part, of) -> sums(parts, leaves, docs, shares(costs, of), part));
        // the best n kept as they come, the worst of them on top: by score, then document, as
        // Lucene's collector keeps them (sorting every found clause cost a millisecond at 18,000)
        Comparator<ScoreDoc> better = (a, b) -> a.score != b.score ? Float.compare(a.score, b.score) : Integer.compare(b.doc, a.doc);
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>(n + 1, better);
        long matched = 0;
        DoubleValuesSource weights = DoubleValuesSource.fromDoubleField(ClauseFields.WEIGHT);
        for (int l = 0; l < leaves.size(); l++) {
            int[] leafDocs = docs.get(l);
            if (leafDocs == null) {
                continue;
            }
            LeafReaderContext context = leaves.get(l).context;
            DoubleValues values = weights.getValues(context, null);
            for (int i = 0; i < leafDocs.length; i++) {
                double sum = 0;
                boolean hit = false;
                for (Sums share : shares) {
                    sum += share.sum[l][i];
                    hit |= share.hit[l][i];
                }
                if (hit) {
                    matched++;
                    ScoreDoc d = new ScoreDoc(context.docBase + leafDocs[i], WeightedQuery.weighed((float) sum, values, leafDocs[i], 1f));
                    if (best.size() < n) {
                        best.add(d);
                    } else if (n > 0 && better.compare(d, best.peek()) > 0) {
                        best.poll();
                        best.add(d);
                    }
                }
            }
        }
        ScoreDoc[] top = new ScoreDoc[best.size()];
        for (int i = top.length - 1; i >= 0; i--) {
            top[i] = best.poll();
        }
        return new TopDocs(new TotalHits(matched, TotalHits.Relation.EQUAL_TO), top);
    }

    /** Per segment, per found clause: the summed scores of some of the words, and whether any matched. */
    private record Sums(double[][] sum, boolean[][] hit) {
    }

    /**
     * Which share each word goes to, {@code of} shares of about equal postings: the largest words
     * first, each to the share with the fewest so far.
     */
    static int[] shares(long[] costs, int of) {
        int[] share = new int[costs.length];
        if (of == 1) {
            return share;
        }
        Integer[] largestFirst = new Integer[costs.length];
        for (int i = 0; i < costs.length; i++) {
            largestFirst[i] = i;
        }
        Arrays.sort(largestFirst, (a, b) -> Long.compare(costs[b], costs[a]));
        long[] load = new long[of];
        for (int w : largestFirst) {
            int least = 0;
            for (int k = 1; k < of; k++) {
                least = load[k] < load[least] ? k : least;
            }
            share[w] = least;
            load[least] += costs[w];
        }
        return share;
    }

    /** The scores of the words in share {@code part}, summed per found clause. */
    private static Sums sums(List<Weight> parts, List<FacetsCollector.MatchingDocs> leaves, List<int[]> docs, int[] share,
            int part) throws IOException {
        double[][] sum = new double[leaves.size()][];
        boolean[][] hit = new boolean[leaves.size()][];
        for (int l = 0; l < leaves.size(); l++) {
            int[] leafDocs = docs.get(l);
            if (leafDocs == null) {
                continue;
            }
            sum[l] = new double[leafDocs.length];
            hit[l] = new boolean[leafDocs.length];
            for (int w = 0; w < parts.size(); w++) {
                if (share[w] != part) {
                    continue;
                }
                Scorer s = parts.get(w).scorer(leaves.get(l).context);
                if (s != null) {
                    add(s, leafDocs, sum[l], hit[l]);
                }
            }
        }
        return new Sums(sum, hit);
    }

    /**
     * How many postings each word holds: a word's document count from the terms dictionary (one
     * look-up), a phrase's as its rarest word's ({@link #candidates}), anything else (a named
     * article) counted as every document, which only makes word by word scoring likelier where it
     * reads that part's own matches anyway.
     */
    static long[] costs(IndexSearcher searcher, BooleanQuery words) throws IOException {
        long[] out = new long[words.clauses().size()];
        for (int i = 0; i < out.length; i++) {
            Query part = words.clauses().get(i).getQuery();
            while (part instanceof BoostQuery || part instanceof ConstantScoreQuery) {
                part = part instanceof BoostQuery b ? b.getQuery() : ((ConstantScoreQuery) part).getQuery();
            }
            out[i] = part instanceof TermQuery term ? searcher.getIndexReader().docFreq(term.getTerm())
                    : part instanceof PhraseQuery phrase ? candidates(searcher, phrase) : searcher.getIndexReader().maxDoc();
        }
        return out;
    }

    /**
     * A phrase's candidates: the documents of its rarest word, which lead its conjunction. Counted
     * as every document instead, a quoted word ("综合管廊") made every search with it go word by word,
     * where Lucene's skipping was twice as fast (70,000 found of 600,000: 13 ms against 6).
     */
    private static long candidates(IndexSearcher searcher, PhraseQuery phrase) throws IOException {
        long fewest = searcher.getIndexReader().maxDoc();
        for (Term t : phrase.getTerms()) {
            fewest = Math.min(fewest, searcher.getIndexReader().docFreq(t));
        }
        return fewest;
    }

    /**
     * One word's postings and the found clauses moved together, each to the other's next document
     * (leapfrog): where the word is broad and the found clauses few, its postings jump whole blocks
     * by their skip data instead of being read one by one; where the word is narrow, the found list
     * is searched forward to its next posting. Its score is taken where they meet.
     */
    private static void add(Scorer scorer, int[] docs, double[] sum, boolean[] hit) throws IOException {
        DocIdSetIterator postings = scorer.iterator();
        int i = 0;
        int doc = postings.advance(docs[0]);
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            i = firstAtLeast(docs, i, doc);
            if (i == docs.length) {
                return;
            }
            if (docs[i] == doc) {
                sum[i] += scorer.score();
                hit[i] = true;
                if (++i == docs.length) {
                    return;
                }
            }
            doc = postings.advance(docs[i]);
        }
    }

    /** The first index from {@code from} whose document is at least {@code target}: galloping, then binary. */
    static int firstAtLeast(int[] docs, int from, int target) {
        if (from >= docs.length || docs[from] >= target) {
            return from;
        }
        int step = 1;
        int low = from;
        int high = from + 1;
        while (high < docs.length && docs[high] < target) {
            low = high;
            step <<= 1;
            high = from + step;
        }
        // docs[low] < target, and docs[high] >= target or high is past the end
        int found = Arrays.binarySearch(docs, low + 1, Math.min(high, docs.length - 1) + 1, target);
        return found >= 0 ? found : -found - 1;
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
