package org.plantrace.web.cache;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Rendered pages by key (address and language), valid for one generation. Anything that may
 * change what a reader sees starts a new generation ({@link #invalidate}): every kept page is
 * dropped at once, and a page whose rendering began before the change is refused when it is
 * offered — it may have read the old data. Bounded by a number of pages and a number of bytes,
 * least recently used first out, so the heap it takes is level however many different searches
 * the public makes; a page is also not served after a maximum age, for changes this node is not
 * told of (another node's link decision or review on a shared database).
 */
public final class PageCache {
    private final int maxPages;
    private final long maxBytes;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private volatile long generation;

    /**
     * @param maxPages at most this many pages kept; 0 keeps none
     * @param maxBytes at most this many bytes of pages kept; one page larger than an eighth of it is not kept
     * @param maxAge   a page older than this is rendered again
     * @param clock    nanoseconds, {@link System#nanoTime} but in tests
     */
    public PageCache(int maxPages, long maxBytes, Duration maxAge, LongSupplier clock) {
        if (maxPages < 0 || maxBytes < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("page cache bounds must not be negative: " + maxPages + " pages, "
                    + maxBytes + " bytes, " + maxAge);
        }
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = clock;
    }

    public PageCache(int maxPages, long maxBytes, Duration maxAge) {
        this(maxPages, maxBytes, maxAge, System::nanoTime);
    }

    /** False when made to keep no page ({@code maxPages} 0): then nothing need be held back to be kept. */
    public boolean enabled() {
        return maxPages > 0;
    }

    /** The current generation: take it before rendering, hand it to {@link #put} with the page. */
    public long generation() {
        return generation;
    }

    /** What was stored may have changed: no kept page is served again. */
    public synchronized void invalidate() {
        generation++;
        pages.clear();
        bytes = 0;
    }

    /** The page kept under this key in the current generation and not too old, or null. */
    public synchronized CachedPage get(String key) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return null;
        }
        if (page.generation() != generation || clock.getAsLong() - page.renderedNanos() > maxAgeNanos) {
            remove(key);
            return null;
        }
        return page;
    }

    /**
     * Keeps a page rendered in {@code page.generation()}; refused (false) when the generation has
     * moved on since, or when the page alone would take more than an eighth of the bytes allowed.
     */
    public synchronized boolean put(String key, CachedPage page) {
        long weight = page.weight();
        if (page.generation() != generation || maxPages == 0 || weight > maxBytes / 8) {
            return false;
        }
        remove(key);
        pages.put(key, page);
        bytes += weight;
        Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
        while ((pages.size() > maxPages || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().weight();
            eldest.remove();
        }
        return true;
    }

    private void remove(String key) {
        CachedPage gone = pages.remove(key);
        if (gone != null) {
            bytes -= gone.weight();
        }
    }

    public synchronized int size() {
        return pages.size();
    }

    /** The bytes the kept pages take, as {@link CachedPage#weight} counts them. */
    public synchronized long bytes() {
        return bytes;
    }
}
