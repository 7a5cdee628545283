package org.plantrace.search.query;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one index segment laid out so that counting them over a query's hits costs
 * word operations on the hits' bit set rather than a doc-values read per hit. Clauses are indexed
 * plan by plan in document order, so a segment holds long runs of documents with the same plan,
 * level or chapter: such a value is counted as the hits inside its runs (a popcount). A value that
 * changes from clause to clause (kind, mandatory: a few values) is kept as one bit set per value and
 * counted as the hits' intersection with it. A document with several values of one dimension (a
 * clause linked to two townships) is listed apart and counted one by one.
 *
 * <p>Built once per segment from the {@code $facets} doc values (segments do not change; a reopened
 * reader shares its unchanged segments, so an edit costs the new segment only). Ordinals here are
 * the segment's; {@link FacetCounter} maps them to the reader's.
 */
final class SegmentFacets {
    private final Dimension[] dimensions;

    private SegmentFacets(Dimension[] dimensions) {
        this.dimensions = dimensions;
    }

    /** How one dimension's values sit in the segment. */
    private static final class Dimension {
        /** Runs [start, end) of documents with exactly one value of the dimension, that value {@code ord}. */
        int[] start = new int[16];
        int[] end = new int[16];
        int[] ord = new int[16];
        int runs;
        /** Or instead of runs: one bit set per value (the dimension's values change from clause to clause). */
        FixedBitSet[] valueDocs;
        int[] valueOrds;
        /** (document, value) pairs of documents with several values of the dimension, by document. */
        int[] extraDoc = new int[0];
        int[] extraOrd = new int[0];
        int extras;

        void addRun(int from, int to, int value) {
            if (runs == start.length) {
                start = ArrayUtil.grow(start, runs + 1);
                end = ArrayUtil.growExact(end, start.length);
                ord = ArrayUtil.growExact(ord, start.length);
            }
            start[runs] = from;
            end[runs] = to;
            ord[runs] = value;
            runs++;
        }

        void addExtra(int doc, int value) {
            if (extras == extraDoc.length) {
                extraDoc = ArrayUtil.grow(extraDoc, extras + 1);
                extraOrd = ArrayUtil.growExact(extraOrd, extraDoc.length);
            }
            extraDoc[extras] = doc;
            extraOrd[extras] = value;
            extras++;
        }

        /** Bit sets when testing each value's bits over the segment is cheaper than walking the runs. */
        void settle(int maxDoc, int firstOrd, int lastOrd) {
            int values = lastOrd - firstOrd + 1;
            long wordsPerValue = FixedBitSet.bits2words(maxDoc);
            if (values <= 0 || (long) values * wordsPerValue >= runs) {
                return;
            }
            valueDocs = new FixedBitSet[values];
            valueOrds = new int[values];
            for (int v = 0; v < values; v++) {
                valueOrds[v] = firstOrd + v;
                valueDocs[v] = new FixedBitSet(maxDoc);
            }
            for (int r = 0; r < runs; r++) {
                valueDocs[ord[r] - firstOrd].set(start[r], end[r]);
            }
            start = end = ord = null;
            runs = 0;
        }

        void countInto(FixedBitSet hits, int[] counts, LongValues toGlobal) {
            if (valueDocs != null) {
                for (int v = 0; v < valueDocs.length; v++) {
                    long n = FixedBitSet.intersectionCount(hits, valueDocs[v]);
                    if (n > 0) {
                        counts[(int) toGlobal.get(valueOrds[v])] += (int) n;
                    }
                }
            } else {
                long[] words = hits.getBits();
                for (int r = 0; r < runs; r++) {
                    int n = countRange(words, start[r], end[r]);
                    if (n > 0) {
                        counts[(int) toGlobal.get(ord[r])] += n;
                    }
                }
            }
            for (int i = 0; i < extras; i++) {
                if (hits.get(extraDoc[i])) {
                    counts[(int) toGlobal.get(extraOrd[i])]++;
                }
            }
        }
    }

    /** The set bits of {@code words} in [from, to). */
    static int countRange(long[] words, int from, int to) {
        if (from >= to) {
            return 0;
        }
        int first = from >> 6;
        int last = (to - 1) >> 6;
        long firstMask = -1L << from; // shifts are mod 64
        long lastMask = -1L >>> -to;
        if (first == last) {
            return Long.bitCount(words[first] & firstMask & lastMask);
        }
        int n = Long.bitCount(words[first] & firstMask);
        for (int w = first + 1; w < last; w++) {
            n += Long.bitCount(words[w]);
        }
        return n + Long.bitCount(words[last] & lastMask);
    }

    /** Reads the segment's facet values once; {@code null} when it has none. */
    static SegmentFacets of(LeafReader leaf, String field) throws IOException {
        SortedSetDocValues values = leaf.getSortedSetDocValues(field);
        if (values == null) {
            return null;
        }
        int ordCount = Math.toIntExact(values.getValueCount());
        // the dimension of each ordinal: "dim\u001fvalue" sorts by dimension, so each one's ordinals are contiguous
        int[] dimOf = new int[ordCount];
        int[] firstOrd = new int[ordCount + 1];
        int[] lastOrd = new int[ordCount + 1];
        int dims = 0;
        String current = null;
        for (int o = 0; o < ordCount; o++) {
            String label = values.lookupOrd(o).utf8ToString();
            int delim = label.indexOf(FacetsConfig.DELIM_CHAR);
            String dim = delim < 0 ? label : label.substring(0, delim);
            if (!dim.equals(current)) {
                current = dim;
                firstOrd[dims++] = o;
            }
            dimOf[o] = dims - 1;
            lastOrd[dims - 1] = o;
        }
        Dimension[] dimensions = new Dimension[dims];
        for (int d = 0; d < dims; d++) {
            dimensions[d] = new Dimension();
        }
        // the open run of each dimension, and the values of the current document per dimension
        int[] runStart = new int[dims];
        int[] runEnd = new int[dims];
        int[] runOrd = new int[dims];
        Arrays.fill(runOrd, -1);
        int[] docOrd = new int[dims];
        int[] docCount = new int[dims];
        int[] ords = new int[8];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            int n = values.docValueCount();
            ords = ArrayUtil.grow(ords, n);
            for (int i = 0; i < n; i++) {
                ords[i] = (int) values.nextOrd();
                int d = dimOf[ords[i]];
                docCount[d]++;
                docOrd[d] = ords[i];
            }
            for (int d = 0; d < dims; d++) {
                boolean single = docCount[d] == 1;
                if (runOrd[d] >= 0 && !(single && docOrd[d] == runOrd[d] && runEnd[d] == doc)) {
                    dimensions[d].addRun(runStart[d], runEnd[d], runOrd[d]);
                    runOrd[d] = -1;
                }
                if (single) {
                    if (runOrd[d] < 0) {
                        runStart[d] = doc;
                        runOrd[d] = docOrd[d];
                    }
                    runEnd[d] = doc + 1;
                }
            }
            for (int i = 0; i < n; i++) {
                int d = dimOf[ords[i]];
                if (docCount[d] > 1) {
                    dimensions[d].addExtra(doc, ords[i]);
                }
            }
            Arrays.fill(docCount, 0);
        }
        for (int d = 0; d < dims; d++) {
            if (runOrd[d] >= 0) {
                dimensions[d].addRun(runStart[d], runEnd[d], runOrd[d]);
            }
            dimensions[d].settle(leaf.maxDoc(), firstOrd[d], lastOrd[d]);
        }
        return new SegmentFacets(dimensions);
    }

    /** Adds the segment's facet counts over {@code hits} to {@code counts}, at the reader's ordinals. */
    void countInto(FixedBitSet hits, int[] counts, LongValues toGlobal) {
        for (Dimension d : dimensions) {
            d.countInto(hits, counts, toGlobal);
        }
    }
}
