package org.plantrace.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.plantrace.domain.message.Message;

/**
 * What the start-up ingest did: which plan the site shows, and the problem, if any, in words for
 * the reader. Written once at start-up, read by every request.
 */
@ApplicationScoped
public class StartupReport {
    private volatile String planCode;
    private volatile Message problem;

    /** The first plan the start-up loaded or found (the first package in the corpus), which the home page shows. */
    public Optional<String> planCode() {
        return Optional.ofNullable(planCode);
    }

    /** What went wrong at start-up, in Chinese (the log's words), or empty. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem).map(Message::chinese);
    }

    /** What went wrong at start-up, for the reader's language (issue #14.9), or empty. */
    public Optional<Message> explanation() {
        return Optional.ofNullable(problem);
    }

    /** A plan the start-up loaded or found; the first one is the plan the home page shows. */
    public void loaded(String code) {
        if (this.planCode == null) {
            this.planCode = code;
        }
        this.problem = null;
    }

    public void failed(String message) {
        this.problem = Message.of("common.verbatim", message);
    }

    public void failed(Message message) {
        this.problem = message;
    }

    /**
     * The first line of the innermost cause, shortened: enough for the operator to know where to
     * look, short enough for a web page. The whole stack trace goes to the log.
     */
    public static String briefly(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
