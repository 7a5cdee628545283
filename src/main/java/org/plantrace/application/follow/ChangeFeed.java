package org.plantrace.application.follow;

import java.util.List;

/** The change log as a follower reads it. */
public interface ChangeFeed {
    /** The newest entry's id, 0 when the log is empty. */
    long latest();

    /** Entries with an id above {@code id}, oldest first, at most {@code limit}. */
    List<Change> after(long id, int limit);

    /** The node this process writes as: its own entries need no following. */
    String node();
}
