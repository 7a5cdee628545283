package org.plantrace.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.plantrace.search.FacetValue;

/**
 * Exact facet counts of a query's hits, the same as Lucene's {@code SortedSetDocValuesFacetCounts}
 * gives (same values, same order: count descending, then value), computed from each segment's
 * {@link SegmentFacets}. Lucene's way reads every hit's facet values; at 600,000 clauses a broad
 * query has hundreds of thousands of hits and that read was 97 % of a search's time (JFR,
 * docs/benchmarks.md). Counting runs and value bit sets against the hits' bit set is a popcount
 * over words instead.
 */
final class FacetCounter {
    /** Per segment core, for as long as the segment is open; shared by every reader holding it. */
    private final Map<IndexReader.CacheKey, Optional<SegmentFacets>> segments = new ConcurrentHashMap<>();

    /**
     * The top {@code topN} values of each dimension in {@code dims} that has any, in that order.
     *
     * @param state the reader's facet state: its ordinals are the ones counted
     */
    Map<String, List<FacetValue>> count(SortedSetDocValuesReaderState state, FacetsCollector hits, List<String> dims,
            int topN) throws IOException {
        SortedSetDocValues all = state.getDocValues();
        OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[] counts = new int[state.getSize()];
        for (FacetsCollector.MatchingDocs leaf : hits.getMatchingDocs()) {
            if (leaf.totalHits == 0) {
                continue;
            }
            Optional<SegmentFacets> facets = segment(leaf.context.reader(), state.getField());
            if (facets.isPresent()) {
                LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.context.ord);
                facets.get().countInto(bits(leaf), counts, toGlobal);
            }
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range == null) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            for (int[] c : top(counts, range, topN)) {
                String[] path = FacetsConfig.stringToPath(all.lookupOrd(c[0]).utf8ToString());
                values.add(new FacetValue(path[path.length - 1], c[1]));
            }
            if (!values.isEmpty()) {
                out.put(dim, values);
            }
        }
        return out;
    }

    /** Count descending, then value (ordinal) ascending: Lucene's order. */
    private static final Comparator<int[]> FIRST = Comparator.<int[]>comparingInt(c -> -c[1]).thenComparingInt(c -> c[0]);

    /**
     * The first {@code topN} counted values of a dimension in {@link #FIRST} order, as {ordinal,
     * count}: kept as they come, the last of them on top, instead of sorting every value (a thousand
     * plans make a thousand values of the plan dimension).
     */
    static List<int[]> top(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int topN) {
        PriorityQueue<int[]> kept = new PriorityQueue<>(Math.max(1, topN), FIRST.reversed());
        for (int ord = range.start; ord <= range.end && topN > 0; ord++) {
            if (counts[ord] == 0) {
                continue;
            }
            int[] c = {ord, counts[ord]};
            if (kept.size() < topN) {
                kept.add(c);
            } else if (FIRST.compare(c, kept.peek()) < 0) {
                kept.poll();
                kept.add(c);
            }
        }
        int[][] out = new int[kept.size()][];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = kept.poll();
        }
        return Arrays.asList(out);
    }

    private Optional<SegmentFacets> segment(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
        if (core == null) {
            return Optional.ofNullable(SegmentFacets.of(leaf, field));
        }
        Optional<SegmentFacets> kept = segments.get(core.getKey());
        if (kept == null) {
            kept = Optional.ofNullable(SegmentFacets.of(leaf, field));
            if (segments.putIfAbsent(core.getKey(), kept) == null) {
                core.addClosedListener(segments::remove);
            }
        }
        return kept;
    }

    /** The hits of one segment as a bit set: the collector's own when it built one (many hits). */
    private static FixedBitSet bits(FacetsCollector.MatchingDocs leaf) throws IOException {
        if (leaf.bits instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet fixed
                && fixed.length() >= leaf.context.reader().maxDoc()) {
            return fixed;
        }
        FixedBitSet out = new FixedBitSet(leaf.context.reader().maxDoc());
        DocIdSetIterator it = leaf.bits.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            out.set(doc);
        }
        return out;
    }

    /** How many segments are kept (tests: a closed segment is let go). */
    int keptSegments() {
        return segments.size();
    }
}
