package org.plantrace.web.view;

import java.util.List;
import java.util.Optional;
import org.plantrace.domain.link.Link;

/**
 * Where the reading pages get a clause's links from: the link store, with the drafters' decisions.
 * Read per page view, never kept, so that a decision shows on the next request without a restart.
 */
@FunctionalInterface
public interface StoredLinks {
    /** No store: every clause's links are derived from its text. */
    StoredLinks NONE = (plan, version, uid) -> Optional.empty();

    /**
     * The clause's effective links (every status but rejected), or empty when the store holds no
     * link at all for the clause (the version was never derived): then the page derives from the text.
     * A present but empty list means the drafters rejected everything: the page shows nothing.
     */
    Optional<List<Link>> effective(String plan, int version, String clauseUid);
}
