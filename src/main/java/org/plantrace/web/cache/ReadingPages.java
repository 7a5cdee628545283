package org.plantrace.web.cache;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.Set;
import org.plantrace.application.VersionListener;
import org.plantrace.application.VersionListeners;
import org.plantrace.domain.plan.PlanVersion;

/**
 * The app's one {@link PageCache}, and what empties it: every version stored or changed, told
 * through the {@link VersionListeners} after the links and the search index have followed (so a
 * page rendered in the new generation finds them current), and every change another node made
 * ({@link #changedElsewhere}, from the search index's change follower).
 *
 * <p>Bounds: {@value #PAGES} pages, {@value #MEGABYTES} MB, and {@value #MAX_AGE_SECONDS} s
 * for what no listener hears of (another node's link decision or review on a shared database).
 * {@code -Dplantrace.pageCache.pages=0} turns the cache off (the load bench compares so).
 */
@ApplicationScoped
public class ReadingPages implements VersionListener {
    static final int PAGES = 2000;
    static final int MEGABYTES = 64;
    static final int MAX_AGE_SECONDS = 60;
    /** After startup ingest and the search index (2600): the listeners are all there by then. */
    static final int AFTER_SEARCH_INDEX = 2700;

    @Inject
    VersionListeners listeners;

    private final PageCache cache = new PageCache(Integer.getInteger("plantrace.pageCache.pages", PAGES),
            MEGABYTES * 1024L * 1024L, Duration.ofSeconds(MAX_AGE_SECONDS));

    void onStart(@Observes @Priority(AFTER_SEARCH_INDEX) @Initialized(ApplicationScoped.class) ServletContext ctx) {
        listeners.add(VersionListeners.PAGES, this);
    }

    public PageCache cache() {
        return cache;
    }

    @Override
    public void stored(PlanVersion version) {
        cache.invalidate();
    }

    @Override
    public void changed(PlanVersion version, Set<String> clauseUids) {
        cache.invalidate();
    }

    /** Another node stored or changed a version (shared PostgreSQL): this node's pages are old. */
    public void changedElsewhere() {
        cache.invalidate();
    }
}
