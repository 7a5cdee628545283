package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.plantrace.search.analysis.Analysis;

/**
 * The clauses a query matches, without scores, as one bit set per index segment, computed by set
 * algebra: a disjunction is the union of its parts' sets, a conjunction their intersection, an
 * exclusion a difference, and a word the bits of its postings. Counting a broad query this way reads
 * each word's postings once; Lucene's own iteration of a nested disjunction moves every hit of every
 * word through a heap, which at 600,000 clauses and a few dozen words per query (bigrams, planning
 * terms and synonyms in three fields) was most of a query asked for the first time (JFR,
 * docs/benchmarks.md). The sets are exact: {@code HitSetsTest} compares them with Lucene's matches.
 *
 * <p>What set algebra does not cover (phrases, term sets, anything else) is asked of Lucene, part by
 * part, over the segment.
 */
final class HitSets {
    private final IndexSearcher searcher;
    /** Lucene's weights of the parts it answers, made once per query and reused on every segment. */
    private final Map<Query, Weight> weights = new HashMap<>();
    /**
     * Per segment, the sets of the words and parts already read: a search asks for its words' matches
     * and then for its close matches, which share most words. Never changed once made.
     */
    private final List<Map<Query, FixedBitSet>> read = new ArrayList<>();

    private final WordSets kept;
    private final Function<PhraseQuery, Query> sameMatches;
    /**
     * The sets this search made and may change or reuse (a group's union, an intersection), as
     * opposed to the read words' sets, which are shared and never changed. A part's set, once folded
     * into its group's, is spare for the next group: a query of nested groups makes a few
     * segment-sized sets instead of one per group (at 600,000 clauses, 73 KB each; the garbage of
     * hundreds of searches a second was what set the young collections' pauses).
     */
    private final Set<FixedBitSet> owned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Integer, ArrayDeque<FixedBitSet>> spare = new HashMap<>();

    /**
     * Sets of the matches of queries on {@code searcher}'s reader, for one search.
     *
     * @param kept the words and phrases read by earlier searches, and where this one's are kept
     */
    HitSets(IndexSearcher searcher, WordSets kept) {
        this(searcher, kept, phrase -> null);
    }

    /**
     * @param sameMatches for a phrase, a cheaper query the analysis guarantees matches the same
     *        clauses (a planning term's own field, {@link Analysis#sameMatches}), or null
     */
    HitSets(IndexSearcher searcher, WordSets kept, Function<PhraseQuery, Query> sameMatches) {
        this.searcher = searcher;
        this.kept = kept;
        this.sameMatches = sameMatches;
        for (int i = 0; i < searcher.getIndexReader().leaves().size(); i++) {
            read.add(new HashMap<>());
        }
    }

    /** The matches of {@code query} on every segment of {@code searcher}'s reader, as Lucene's facets take them. */
    static FacetsCollector of(IndexSearcher searcher, Query query) throws IOException {
        return new HitSets(searcher, new WordSets(0)).matches(query);
    }

    /** The matches of both. */
    static FacetsCollector intersection(FacetsCollector a, FacetsCollector b) {
        return combined(a, b, true);
    }

    /** The matches of {@code a} that are not matches of {@code b}. */
    static FacetsCollector difference(FacetsCollector a, FacetsCollector b) {
        return combined(a, b, false);
    }

    private static FacetsCollector combined(FacetsCollector a, FacetsCollector b, boolean both) {
        FacetsCollector out = new FacetsCollector();
        List<FacetsCollector.MatchingDocs> left = a.getMatchingDocs();
        List<FacetsCollector.MatchingDocs> right = b.getMatchingDocs();
        for (int i = 0; i < left.size(); i++) {
            FixedBitSet bits = bitsOf(left.get(i)).clone();
            if (both) {
                bits.and(bitsOf(right.get(i)));
            } else {
                bits.andNot(bitsOf(right.get(i)));
            }
            out.getMatchingDocs().add(matching(left.get(i).context, bits));
        }
        return out;
    }

    /** How many documents the sets hold. */
    static long count(FacetsCollector sets) {
        return sets.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    }

    /**
     * The matches of {@code query} on every segment, as Lucene's facets take them.
     *
     * @throws IndexSearcher.TooManyClauses when Lucene would refuse the query as too long
     */
    FacetsCollector matches(Query query) throws IOException {
        refuseTooLong(query);
        FacetsCollector out = new FacetsCollector();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet result = set(query, leaf);
            // handed on: no longer this search's to reuse
            FixedBitSet bits = owned.remove(result) ? result : result.clone();
            Bits live = leaf.reader().getLiveDocs();
            if (live instanceof FixedBitSet liveBits) {
                bits.and(liveBits);
            } else if (live != null) {
                for (int doc = 0; doc < bits.length(); doc++) {
                    if (!live.get(doc)) {
                        bits.clear(doc);
                    }
                }
            }
            out.getMatchingDocs().add(matching(leaf, bits));
        }
        return out;
    }

    private static FacetsCollector.MatchingDocs matching(LeafReaderContext leaf, FixedBitSet bits) {
        return new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(bits), bits.cardinality(), null);
    }

    private static FixedBitSet bitsOf(FacetsCollector.MatchingDocs docs) {
        return (FixedBitSet) ((BitDocIdSet) docs.bits).bits();
    }

    /** The documents of one segment {@code query} matches, deleted ones included (removed once, at the end). */
    private FixedBitSet set(Query query, LeafReaderContext leaf) throws IOException {
        int maxDoc = leaf.reader().maxDoc();
        if (query instanceof BoostQuery boosted) {
            return set(boosted.getQuery(), leaf);
        }
        if (query instanceof ConstantScoreQuery constant) {
            return set(constant.getQuery(), leaf);
        }
        if (query instanceof WeightedQuery weighted) {
            return set(weighted.in(), leaf);
        }
        if (query instanceof MatchNoDocsQuery) {
            return fresh(maxDoc);
        }
        if (query instanceof MatchAllDocsQuery) {
            FixedBitSet all = fresh(maxDoc);
            all.set(0, maxDoc);
            return all;
        }
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
            return bool(bool, leaf);
        }
        if (query instanceof PhraseQuery phrase) {
            Query same = sameMatches.apply(phrase);
            if (same != null) {
                return set(same, leaf);
            }
        }
        Map<Query, FixedBitSet> known = read.get(leaf.ord);
        FixedBitSet docs = known.get(query);
        if (docs == null) {
            docs = kept.get(leaf.reader(), query);
            if (docs == null) {
                docs = query instanceof TermQuery term ? postings(term, leaf) : asked(query, leaf);
            }
            known.put(query, docs);
        }
        return docs;
    }

    /** Adds a kept word's or phrase's documents straight to a union; false when it is not kept. */
    private boolean addedKept(Query query, LeafReaderContext leaf, FixedBitSet union) {
        Query part = query;
        while (part instanceof BoostQuery || part instanceof ConstantScoreQuery) {
            part = part instanceof BoostQuery b ? b.getQuery() : ((ConstantScoreQuery) part).getQuery();
        }
        if (part instanceof BooleanQuery || part instanceof MatchAllDocsQuery || part instanceof MatchNoDocsQuery
                || part instanceof WeightedQuery) {
            return false;
        }
        if (part instanceof PhraseQuery phrase) {
            Query same = sameMatches.apply(phrase);
            part = same != null ? same : part;
        }
        return kept.addTo(leaf.reader(), part, union);
    }

    /** The same limit as Lucene's: a query of more words than it allows is refused, not read. */
    private static void refuseTooLong(Query query) {
        int[] parts = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count();
            }

            @Override
            public void consumeTerms(Query leaf, org.apache.lucene.index.Term... terms) {
                count();
            }

            private void count() {
                if (++parts[0] > IndexSearcher.getMaxClauseCount()) {
                    throw new IndexSearcher.TooManyClauses();
                }
            }
        });
    }

    private FixedBitSet bool(BooleanQuery query, LeafReaderContext leaf) throws IOException {
        List<Query> required = new ArrayList<>();
        List<Query> optional = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        for (BooleanClause c : query.clauses()) {
            switch (c.getOccur()) {
                case MUST, FILTER -> required.add(c.getQuery());
                case SHOULD -> optional.add(c.getQuery());
                case MUST_NOT -> excluded.add(c.getQuery());
                default -> throw new IllegalStateException(c.getOccur().toString());
            }
        }
        FixedBitSet out;
        if (!required.isEmpty()) {
            // with a required part, the optional ones only score: they do not change what matches
            FixedBitSet first = set(required.get(0), leaf);
            if (owned.contains(first)) {
                out = first;
            } else {
                out = fresh(leaf.reader().maxDoc());
                out.or(first);
            }
            for (int i = 1; i < required.size() && out.cardinality() > 0; i++) {
                FixedBitSet part = set(required.get(i), leaf);
                out.and(part);
                done(part);
            }
        } else {
            out = fresh(leaf.reader().maxDoc());
            for (Query q : optional) {
                if (!addedKept(q, leaf, out)) {
                    FixedBitSet part = set(q, leaf);
                    out.or(part);
                    done(part);
                }
            }
        }
        for (Query q : excluded) {
            if (out.cardinality() == 0) {
                break;
            }
            FixedBitSet part = set(q, leaf);
            out.andNot(part);
            done(part);
        }
        return out;
    }

    /** An empty set of this search's own. */
    private FixedBitSet fresh(int maxDoc) {
        ArrayDeque<FixedBitSet> free = spare.get(maxDoc);
        FixedBitSet out = free == null ? null : free.poll();
        if (out == null) {
            out = new FixedBitSet(maxDoc);
        } else {
            out.clear();
        }
        owned.add(out);
        return out;
    }

    /** A set of this search's own, folded into another: spare for the next one. */
    private void done(FixedBitSet part) {
        if (owned.remove(part)) {
            spare.computeIfAbsent(part.length(), n -> new ArrayDeque<>()).push(part);
        }
    }

    /** A word's postings, read without frequencies or positions. */
    private FixedBitSet postings(TermQuery query, LeafReaderContext leaf) throws IOException {
        FixedBitSet out = new FixedBitSet(leaf.reader().maxDoc());
        Terms terms = leaf.reader().terms(query.getTerm().field());
        TermsEnum it = terms == null ? null : terms.iterator();
        if (it != null && it.seekExact(query.getTerm().bytes())) {
            out.or(it.postings(null, PostingsEnum.NONE));
        }
        // kept even when rare or absent: finding a word in each segment's terms costs more than its list
        kept.put(leaf.reader(), query, out);
        return out;
    }

    /** Lucene's matches of a part set algebra does not cover. */
    private FixedBitSet asked(Query query, LeafReaderContext leaf) throws IOException {
        Weight weight = weights.get(query);
        if (weight == null) {
            // not through the searcher's query cache: what is worth keeping, WordSets keeps
            weight = searcher.rewrite(query).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            weights.put(query, weight);
        }
        FixedBitSet out = new FixedBitSet(leaf.reader().maxDoc());
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            out.or(scorer.iterator());
        }
        kept.put(leaf.reader(), query, out);
        return out;
    }
}
