package org.plantrace.web.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.domain.account.Action;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.web.account.CurrentUser;

/**
 * The trace as this request's reader may see it: who may read is decided here, from the permission
 * model — {@code VIEW_PUBLISHED} (everyone) reads the trace of the published county version with
 * township plans judged on their published versions; {@code VIEW_DRAFT} (drafters, reviewers, admins)
 * reads it with each township plan's newest version, drafts included. No new action is needed: the
 * trace shows nothing a reader could not open page by page.
 */
@RequestScoped
public class TraceReader {
    private static final Logger LOG = Logger.getLogger(TraceReader.class.getName());

    @Inject
    TraceSource source;
    @Inject
    CurrentUser user;

    private Optional<TraceSnapshot> read;

    public boolean drafts() {
        return user.may(Action.VIEW_DRAFT);
    }

    /** Empty when there is no published county version yet, or the trace could not be built (logged). */
    public Optional<TraceSnapshot> snapshot() {
        if (read == null) {
            user.require(Action.VIEW_PUBLISHED);
            try {
                read = source.snapshot(drafts());
            } catch (InputRejectedException | RuntimeException e) {
                LOG.log(Level.WARNING, "building the trace failed", e);
                read = Optional.empty();
            }
        }
        return read;
    }

    public TraceSource source() {
        return source;
    }
}
