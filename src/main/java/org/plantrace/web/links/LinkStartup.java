package org.plantrace.web.links;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;
import org.plantrace.application.IngestService;
import org.plantrace.application.VersionListeners;
import org.plantrace.application.links.LinkService;

/**
 * Before the start-up ingest (priority 2500) and the search index (2600): ingest is told to tell
 * the app's {@link VersionListeners} (authoring injects the same bean), in which the link service
 * listens first, so that every stored, edited or published version has its links derived before
 * the index reads them.
 */
@ApplicationScoped
public class LinkStartup {
    static final int BEFORE_STARTUP_INGEST = 2400;
    private static final Logger LOG = Logger.getLogger(LinkStartup.class.getName());

    @Inject
    VersionListeners listeners;
    @Inject
    LinkService links;
    @Inject
    IngestService ingest;

    void onStart(@Observes @Priority(BEFORE_STARTUP_INGEST) @Initialized(ApplicationScoped.class) ServletContext ctx) {
        wire();
    }

    void wire() {
        listeners.add(VersionListeners.LINKS, links);
        ingest.setVersionListener(listeners);
        LOG.fine("links listen to ingest and authoring");
    }
}
