package org.plantrace.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of words and phrases {@link HitSets} has read, kept per index segment, so that the
 * next query using the same word reads a bit set instead of its postings (or, for a phrase, its
 * positions). Planning texts use a small vocabulary: the bigrams 保护, 建设, 生态 and the planning
 * terms recur in query after query, each matching tens of thousands of clauses, and reading them was
 * most of a new query's time at 600,000 clauses (JFR, docs/benchmarks.md).
 *
 * <p>Kept: every word and phrase read, a set matching at least one document in {@link #DENSE} of its
 * segment as bits, a sparser one as the list of its documents (looking a word up in each segment's
 * terms, or a phrase's positions, costs more than the list). Bounded by bytes, the least useful forgotten first (Caffeine's W-TinyLFU). A segment's
 * documents never change (deletions are applied after, from the live documents), so an entry is
 * exact for as long as its segment is open, and it is dropped when the segment closes.
 */
final class WordSets {
    /** A set is kept as bits when it holds at least one document in this many of its segment. */
    static final int DENSE = 32;
    /** Default bound: some 900 sets of a 600,000-clause segment. */
    static final long DEFAULT_BYTES = 64L << 20;

    private record Key(IndexReader.CacheKey core, Query part) {
    }

    /** A dense set as its bits; a sparse one (a phrase found in few clauses) as its documents, in order. */
    private final Cache<Key, Object> kept;
    private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();

    /** @param maxBytes the bound; 0 keeps nothing */
    WordSets(long maxBytes) {
        this.kept = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, Object docs) -> docs instanceof int[] list ? 16 + 4 * list.length
                        : (int) Math.min(Integer.MAX_VALUE, ((FixedBitSet) docs).ramBytesUsed()))
                .build();
    }

    /** The kept documents of {@code part} in {@code segment}; null when not kept. Never to be changed. */
    FixedBitSet get(LeafReader segment, Query part) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        Object docs = core == null ? null : kept.getIfPresent(new Key(core.getKey(), part));
        if (docs instanceof int[] list) {
            FixedBitSet bits = new FixedBitSet(segment.maxDoc());
            for (int doc : list) {
                bits.set(doc);
            }
            return bits;
        }
        return (FixedBitSet) docs;
    }

    /**
     * Adds the kept documents of {@code part} in {@code segment} to {@code out}, without making a set
     * of them first (a phrase kept as a short list costs its list, not a segment's worth of bits).
     *
     * @return false when not kept (nothing added)
     */
    boolean addTo(LeafReader segment, Query part, FixedBitSet out) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        Object docs = core == null ? null : kept.getIfPresent(new Key(core.getKey(), part));
        if (docs instanceof int[] list) {
            for (int doc : list) {
                out.set(doc);
            }
        } else if (docs instanceof FixedBitSet bits) {
            out.or(bits);
        }
        return docs != null;
    }

    /** Keeps {@code docs}, which the caller will not change again. */
    void put(LeafReader segment, Query part, FixedBitSet docs) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return;
        }
        if (watched.add(core.getKey())) {
            core.addClosedListener(closed -> {
                watched.remove(closed);
                kept.asMap().keySet().removeIf(k -> k.core() == closed);
            });
        }
        int found = docs.cardinality();
        Object value = docs;
        if (!dense(found, docs.length())) {
            int[] list = new int[found];
            int i = 0;
            for (int doc = found == 0 ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 >= docs.length() ? DocIdSetIterator.NO_MORE_DOCS : docs.nextSetBit(doc + 1)) {
                list[i++] = doc;
            }
            value = list;
        }
        kept.put(new Key(core.getKey(), part), value);
    }

    /** Whether a set of {@code docFreq} documents in a segment of {@code maxDoc} is kept as bits. */
    static boolean dense(int docFreq, int maxDoc) {
        return (long) docFreq * DENSE >= maxDoc;
    }

    /** How many sets are kept (tests). */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }
}
