package org.plantrace.search.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SearchResult;
import org.plantrace.search.ViewerRole;

/**
 * Results of recent requests, each valid for the index state (reader) it was computed on. The
 * public asks the same few things again and again (the home page's suggested terms, a township's
 * name), and at 600,000 clauses counting the facets of a broad query costs tens of milliseconds;
 * a result is the same until the index changes, and any change — an edit, a publication — opens a
 * new reader, so a kept result is never stale. Bounded, least recently used first out.
 */
final class ResultCache {
    private record Key(SearchRequest request, ViewerRole viewer) {
    }

    private record Kept(Object readerKey, SearchResult result) {
    }

    private final int capacity;
    private final Map<Key, Kept> kept;

    /** @param capacity results kept; 0 keeps none (benchmarks measure the uncached path so) */
    ResultCache(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized SearchResult get(SearchRequest request, ViewerRole viewer, Object readerKey) {
        Kept k = kept.get(new Key(request, viewer));
        return k != null && k.readerKey() == readerKey ? k.result() : null;
    }

    synchronized void put(SearchRequest request, ViewerRole viewer, Object readerKey, SearchResult result) {
        if (capacity > 0 && readerKey != null) {
            kept.put(new Key(request, viewer), new Kept(readerKey, result));
        }
    }
}
