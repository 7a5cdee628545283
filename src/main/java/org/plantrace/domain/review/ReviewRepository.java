package org.plantrace.domain.review;

import java.util.List;
import java.util.Optional;

/** Stores review threads. Each call is its own transaction. */
public interface ReviewRepository {

    /**
     * Stores a new thread (id 0) or the changed state of a stored one (new comments, status,
     * suggestion) and returns it as stored, with ids.
     *
     * @throws StaleThreadException someone else changed the thread since it was read
     */
    CommentThread save(CommentThread thread);

    Optional<CommentThread> thread(long id);

    /** The threads on one clause (by durable id, across versions), oldest first. */
    List<CommentThread> threads(String planCode, String clauseUid);

    /** How many threads on the plan are still open. */
    long openCount(String planCode);
}
