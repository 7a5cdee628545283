package org.plantrace.search.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.plantrace.search.index.ClauseFields;

/**
 * A query's text score times the clause's {@link ClauseFields#WEIGHT} — the score
 * {@code FunctionScoreQuery.boostByValue} gives, to the last bit — that also tells Lucene how high
 * a score can go. Lucene's function query cannot ({@code getMaxScore} is infinite), so a search for
 * the best ten had to score every hit: a third of a search at 600,000 clauses, where a broad query
 * matches 300,000 of them. Since a weight is at most 1 (1 for a clause stating something, less for
 * a bare heading), the text score's maximum bounds this score, and Lucene can skip the blocks of
 * clauses that cannot make the top ten.
 */
final class WeightedQuery extends Query {
    /** The largest weight a clause has (ClauseDocuments): the bound the skipping relies on. */
    static final double MAX_WEIGHT = 1.0;
    private final Query in;

    WeightedQuery(Query in) {
        this.in = in;
    }

    /** The text query weighed: it alone decides what matches. */
    Query in() {
        return in;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, 1f);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        DoubleValuesSource weights = DoubleValuesSource.fromDoubleField(ClauseFields.WEIGHT);
        return new FilterWeight(this, inner) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = in.scorer(context);
                if (scorer == null) {
                    return null;
                }
                DoubleValues values = weights.getValues(context, null);
                return new FilterScorer(scorer, this) {
                    @Override
                    public float score() throws IOException {
                        return weighed(in.score(), values, docID(), boost);
                    }

                    @Override
                    public int advanceShallow(int target) throws IOException {
                        return in.advanceShallow(target);
                    }

                    @Override
                    public float getMaxScore(int upTo) throws IOException {
                        return (float) (in.getMaxScore(upTo) * MAX_WEIGHT * boost);
                    }

                    @Override
                    public void setMinCompetitiveScore(float minScore) throws IOException {
                        // weight × boost ≤ 1: a text score below minScore cannot compete either
                        if (boost <= 1f) {
                            in.setMinCompetitiveScore(minScore);
                        }
                    }
                };
            }

            /**
             * Lucene's own bulk scoring of the text query (for a disjunction, the one that skips
             * best), each collected score weighed on the way to the collector.
             */
            @Override
            public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                BulkScorer bulk = in.bulkScorer(context);
                if (bulk == null) {
                    return null;
                }
                DoubleValues values = weights.getValues(context, null);
                return new BulkScorer() {
                    @Override
                    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                        return bulk.score(new FilterLeafCollector(collector) {
                            /** The document being collected: a bulk scorer's scorable need not know it. */
                            private int doc = -1;

                            @Override
                            public void collect(int doc) throws IOException {
                                this.doc = doc;
                                in.collect(doc);
                            }

                            @Override
                            public void setScorer(Scorable text) throws IOException {
                                in.setScorer(new Scorable() {
                                    @Override
                                    public float score() throws IOException {
                                        return weighed(text.score(), values, doc, boost);
                                    }

                                    @Override
                                    public int docID() {
                                        return doc;
                                    }

                                    @Override
                                    public void setMinCompetitiveScore(float minScore) throws IOException {
                                        if (boost <= 1f) {
                                            text.setMinCompetitiveScore(minScore);
                                        }
                                    }
                                });
                            }
                        }, acceptDocs, min, max);
                    }

                    @Override
                    public long cost() {
                        return bulk.cost();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** FunctionScoreQuery's arithmetic: a clause without a weight counts as 1. */
    static float weighed(float text, DoubleValues values, int doc, float boost) throws IOException {
        double weight = values.advanceExact(doc) ? Math.min(values.doubleValue(), MAX_WEIGHT) : 1.0;
        double factor = text * weight;
        return factor >= 0 ? (float) (factor * boost) : 0f;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new WeightedQuery(rewritten);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "weighted(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((WeightedQuery) other).in);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in);
    }
}
