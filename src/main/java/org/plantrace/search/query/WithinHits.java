package org.plantrace.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The words' scores, on the clauses already found ({@link HitSets}: the words, the viewer's scope,
 * the filters and the cut to close matches). The found clauses are handed to Lucene's bulk scoring
 * of the words as the documents it may accept, so the words stay a plain disjunction that Lucene's
 * MaxScore can skip through, instead of a conjunction with filters it would have to read again.
 */
final class WithinHits extends Query {
    private final Query words;
    /** Per segment, in the reader's order: the found clauses, deleted ones already left out. */
    private final List<FacetsCollector.MatchingDocs> found;

    /** @param found the clauses {@link HitSets} found on the reader this query will run on */
    WithinHits(Query words, FacetsCollector found) {
        this(words, found.getMatchingDocs());
    }

    private WithinHits(Query words, List<FacetsCollector.MatchingDocs> found) {
        this.words = words;
        this.found = found;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = words.createWeight(searcher, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                FixedBitSet bits = bits(context);
                Scorer scorer = bits == null ? null : inner.scorer(context);
                if (scorer == null) {
                    return null;
                }
                DocIdSetIterator both = ConjunctionUtils.intersectIterators(
                        List.of(scorer.iterator(), new BitSetIterator(bits, bits.cardinality())));
                return new Scorer(this) {
                    @Override
                    public DocIdSetIterator iterator() {
                        return both;
                    }

                    @Override
                    public int docID() {
                        return both.docID();
                    }

                    @Override
                    public float score() throws IOException {
                        return scorer.score();
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return scorer.getMaxScore(upTo);
                    }

                    @Override
                    public int advanceShallow(int target) throws IOException {
                        return scorer.advanceShallow(target);
                    }

                    @Override
                    public void setMinCompetitiveScore(float minScore) throws IOException {
                        scorer.setMinCompetitiveScore(minScore);
                    }
                };
            }

            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                FixedBitSet bits = bits(context);
                BulkScorer bulk = bits == null ? null : inner.bulkScorer(context);
                if (bulk == null) {
                    return null;
                }
                return new BulkScorer() {
                    @Override
                    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                        // the found clauses already leave the deleted ones out: they replace the live docs
                        return bulk.score(collector, bits, min, max);
                    }

                    @Override
                    public long cost() {
                        return bulk.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                FixedBitSet bits = bits(context);
                return bits != null && bits.get(doc) ? inner.explain(context, doc)
                        : Explanation.noMatch("not among the clauses found");
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** The found clauses of a segment; null when none. */
    private FixedBitSet bits(LeafReaderContext context) {
        if (context.ord >= found.size() || found.get(context.ord).context.reader() != context.reader()) {
            throw new IllegalStateException("clauses found on another reader");
        }
        FacetsCollector.MatchingDocs docs = found.get(context.ord);
        return docs.totalHits == 0 ? null : (FixedBitSet) ((BitDocIdSet) docs.bits).bits();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = words.rewrite(searcher);
        if (rewritten == words) {
            return this;
        }
        return new WithinHits(rewritten, found);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        words.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "within(" + words.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && words.equals(((WithinHits) other).words)
                && found == ((WithinHits) other).found;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), words, System.identityHashCode(found));
    }
}
