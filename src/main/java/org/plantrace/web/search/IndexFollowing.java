package org.plantrace.web.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.ServletContext;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.follow.ChangeFollower;
import org.plantrace.application.follow.PositionFile;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.ChangeLog;
import org.plantrace.web.cache.ReadingPages;

/**
 * Keeps this node's search index following changes other app nodes commit to the shared database
 * (issue #16.4): the change log is read every {@value #EVERY_MS} ms, so an edit saved on another
 * node is found here within about a second. Only on a shared PostgreSQL database: on the embedded
 * H2 file one process owns the data and there is nothing to follow. Started after the index opens.
 */
@ApplicationScoped
public class IndexFollowing {
    static final long EVERY_MS = 500;
    static final String POSITION_FILE = "index-follower.position";
    private static final Logger LOG = Logger.getLogger(IndexFollowing.class.getName());

    @Inject
    EntityManagerFactory factory;
    @Inject
    PlanRepository repository;
    @Inject
    SearchIndex index;
    /** The public's kept pages: another node's change makes them old too. */
    @Inject
    ReadingPages pages;

    private ScheduledExecutorService timer;

    void onStart(@Observes @Priority(SearchIndex.AFTER_STARTUP_INGEST + 100) @Initialized(ApplicationScoped.class) ServletContext ctx) {
        if (!ChangeLog.shared(factory)) {
            return; // the embedded H2 file has one process: no other node writes, no log to follow
        }
        ChangeFollower follower;
        try {
            follower = new ChangeFollower(ChangeLog.feed(factory), repository, version -> {
                index.follow(version);
                pages.changedElsewhere();
            },
                    new PositionFile(DataDirectory.fromEnvironment().root().resolve(POSITION_FILE)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search will not follow other nodes: the change log cannot be read", e);
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plantrace-index-follower");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            // a failed round must not end the schedule (an exception would cancel every later run)
            try {
                follower.poll();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "following the change log failed; retrying", e);
            }
        }, EVERY_MS, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
