package org.plantrace.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.plantrace.application.VersionListeners;

class PageCacheTest {
    private final AtomicLong now = new AtomicLong();

    private PageCache cache(int pages, long bytes) {
        return new PageCache(pages, bytes, Duration.ofSeconds(60), now::get);
    }

    private CachedPage page(PageCache cache, int size) {
        return new CachedPage("text/html;charset=utf-8", List.of(), new byte[size], "\"x\"", 0, cache.generation(), now.get());
    }

    @Test
    void aKeptPageIsServedUntilTheNextChange() {
        PageCache cache = cache(10, 1 << 20);
        CachedPage home = page(cache, 100);
        assertTrue(cache.put("zh /", home));
        assertSame(home, cache.get("zh /"));
        assertNull(cache.get("en /"), "another language is another page");
        cache.invalidate();
        assertNull(cache.get("zh /"), "a publication makes every kept page old");
        assertEquals(0, cache.size());
        assertEquals(0, cache.bytes());
    }

    @Test
    void aPageRenderedBeforeAChangeIsRefusedAfterIt() {
        PageCache cache = cache(10, 1 << 20);
        CachedPage renderedBefore = page(cache, 100); // its rendering began in this generation …
        cache.invalidate(); // … and a version was published while it rendered
        assertFalse(cache.put("zh /clause/a", renderedBefore));
        assertNull(cache.get("zh /clause/a"));
        assertTrue(cache.put("zh /clause/a", page(cache, 100)), "a page rendered after the change is kept");
    }

    @Test
    void thePagesKeptAreBoundedInNumberLeastRecentlyUsedOut() {
        PageCache cache = cache(3, 1 << 20);
        for (String k : List.of("a", "b", "c")) {
            cache.put(k, page(cache, 10));
        }
        assertNotNull(cache.get("a")); // a is used again: b is now the eldest
        cache.put("d", page(cache, 10));
        assertEquals(3, cache.size());
        assertNull(cache.get("b"));
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("d"));
    }

    @Test
    void thePagesKeptAreBoundedInBytesWhateverThePublicSearchesFor() {
        long bound = 64 * 1024;
        PageCache cache = cache(100_000, bound);
        for (int i = 0; i < 10_000; i++) {
            cache.put("zh /search?q=" + i, page(cache, 4000));
            assertTrue(cache.bytes() <= bound, "bytes " + cache.bytes() + " after " + i);
        }
        assertTrue(cache.size() < 20, "only the newest fit: " + cache.size());
        assertNotNull(cache.get("zh /search?q=9999"));
        assertNull(cache.get("zh /search?q=0"));
    }

    @Test
    void aPageLargerThanAnEighthOfTheBoundIsNotKept() {
        PageCache cache = cache(10, 8000);
        assertFalse(cache.put("big", page(cache, 1000)));
        assertTrue(cache.put("small", page(cache, 500)));
    }

    @Test
    void noPageIsServedPastItsMaximumAge() {
        PageCache cache = cache(10, 1 << 20);
        cache.put("zh /", page(cache, 10));
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertNotNull(cache.get("zh /"));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertNull(cache.get("zh /"), "older than a minute: rendered again");
        assertEquals(0, cache.size());
    }

    @Test
    void zeroPagesTurnsTheCacheOff() {
        PageCache cache = cache(0, 1 << 20);
        assertFalse(cache.enabled());
        assertTrue(cache(1, 1 << 20).enabled());
        assertFalse(cache.put("zh /", page(cache, 10)));
        assertNull(cache.get("zh /"));
    }

    @Test
    void negativeBoundsAreRefusedWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PageCache(-1, 10, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("-1 pages"), e.getMessage());
    }

    @Test
    void everyVersionStoredOrChangedStartsANewGeneration() {
        ReadingPages pages = new ReadingPages();
        PageCache cache = pages.cache();
        cache.put("zh /", page(cache, 10));
        VersionListeners listeners = new VersionListeners();
        listeners.add(VersionListeners.PAGES, pages);
        listeners.stored(null); // what the version is does not matter: every kept page may show it
        assertNull(cache.get("zh /"));
        cache.put("zh /", page(cache, 10));
        listeners.changed(null, Set.of("uid"));
        assertNull(cache.get("zh /"), "a drafter's save of one clause");
        cache.put("zh /", page(cache, 10));
        pages.changedElsewhere();
        assertNull(cache.get("zh /"), "another node's change, from the change log");
    }
}
