package org.plantrace.web.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.VersionListeners;
import org.plantrace.application.links.LinkService;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.ClauseSearch;
import org.plantrace.search.LinkFacts;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SearchResult;
import org.plantrace.search.ViewerRole;
import org.plantrace.web.startup.CorpusLocator;
import org.plantrace.web.startup.StartupReport;

/**
 * The web app's clause search, opened once at start-up on the data folder's index and closed when
 * the app stops. Whatever goes wrong here, the site still starts: the search page then says in
 * Chinese that search is unavailable, and the outline still works.
 *
 * <p>The web has no sign-in yet, so every search goes out as {@link ViewerRole#PUBLIC}: there is
 * deliberately no method that takes a role.
 */
@ApplicationScoped
public class SearchIndex {
    /** The role of every web search until sign-in exists (the authoring issue). */
    static final ViewerRole VIEWER = ViewerRole.PUBLIC;
    /**
     * After the start-up ingest (PlanLoader's observer has the default priority, 2500), so that
     * opening sees the plan. Either order is correct, though: opened first, the index hears of the
     * ingest through the {@link VersionListeners}; opened after, it finds itself stale and rebuilds.
     */
    static final int AFTER_STARTUP_INGEST = 2600;
    static final org.plantrace.domain.message.Message STARTING = org.plantrace.domain.message.Message.of("search.starting");
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    PlanRepository repository;
    /** Everyone who stores or changes a version tells these; the index listens after the links. */
    @Inject
    VersionListeners listeners;
    /** The effective links the township, control-line and indicator facets come from; null: no link facets. */
    @Inject
    LinkService links;

    private volatile ClauseSearch search;
    private volatile org.plantrace.domain.message.Message problem = STARTING;

    void onStart(@Observes @Priority(AFTER_STARTUP_INGEST) @Initialized(ApplicationScoped.class) ServletContext ctx) {
        Path index;
        try {
            index = DataDirectory.fromEnvironment().searchIndex();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        open(index, CorpusLocator.corpusRoot().resolve("search"));
    }

    /** Opens (repairing if needed) the index; on failure keeps the reason for the page instead. */
    void open(Path indexFolder, Path vocabularyFolder) {
        try {
            LinkService linkService = links;
            ClauseLinks facts = linkService == null ? ClauseLinks.NONE : new LinkFacts(linkService::effectiveLinks, linkService::effectiveLinks);
            ClauseSearch opened = ClauseSearch.open(indexFolder, repository, vocabularyFolder, facts);
            opened.repairedBecause().ifPresent(why -> LOG.info(() -> "search index rebuilt: " + why));
            search = opened;
            problem = null;
            listeners.add(VersionListeners.SEARCH, opened);
            if (linkService != null) {
                // a drafter's decision changes the facets of its version: re-index it
                linkService.setChangeListener(opened);
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        LOG.log(Level.SEVERE, "search index unavailable", e);
        problem = org.plantrace.domain.message.Message.of("search.indexBroken", StartupReport.briefly(e));
    }

    /** Why search cannot be used now, in the reader's language, or empty when it can. */
    public Optional<String> unavailable() {
        return search == null ? Optional.of(org.plantrace.web.i18n.Texts.say(problem)) : Optional.empty();
    }

    /**
     * Searches the published text as an anonymous visitor.
     *
     * @throws IllegalStateException when search is unavailable (ask {@link #unavailable()} first)
     */
    public SearchResult search(SearchRequest request) {
        ClauseSearch s = search;
        if (s == null) {
            throw new IllegalStateException(problem.chinese());
        }
        return s.search(request, VIEWER);
    }

    /**
     * Re-indexes a version another app node changed (told by the change-log follower); nothing
     * while search is unavailable — the index catches up when it opens.
     */
    public void follow(org.plantrace.domain.plan.PlanVersion version) {
        ClauseSearch s = search;
        if (s != null) {
            s.stored(version);
        }
    }

    /** The index's lag behind the database (see {@link ClauseSearch#lag()}), or empty when search is unavailable. */
    public Optional<Integer> lag() {
        ClauseSearch s = search;
        return s == null ? Optional.empty() : Optional.of(s.lag());
    }

    @PreDestroy
    void close() {
        ClauseSearch s = search;
        search = null;
        problem = STARTING;
        if (s == null) {
            return;
        }
        try {
            listeners.remove(s);
            if (links != null) {
                links.setChangeListener(org.plantrace.application.VersionListener.NONE);
            }
        } catch (RuntimeException e) {
            // the other beans may be gone already at shutdown; the index is closed regardless
        }
        try {
            s.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing the search index failed", e);
        }
    }
}
