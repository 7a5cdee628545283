package org.plantrace.application.follow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.plantrace.application.VersionListener;
import org.plantrace.domain.plan.PlanRepository;

/**
 * Brings this node's derived data (its search index) up to what other nodes changed: each round
 * reads the change log from where it stood, re-reads every version another node changed, once per
 * round however often it changed, and tells the listener. Its own changes it skips: they were told
 * in process already.
 *
 * <p>Why it looks back: ids are handed out when a transaction writes its entry, not when it
 * commits, so an entry with a lower id can become visible after a higher one. Each round re-reads
 * the last {@value #LOOKBACK} ids and applies those it has not applied yet; a transaction would have
 * to stay open across a thousand other changes to be missed. The position is kept in a file, so a
 * node that was down catches up on start (including edits inside a version it already indexed,
 * which the index's own catalogue cannot see).
 */
public final class ChangeFollower {
    static final int LOOKBACK = 1000;
    static final int BATCH = 500;

    /** Where the follower stood: kept across restarts. */
    public interface Position {
        /** The last id seen, or -1 when none was kept (a new node). */
        long load();

        void save(long id);
    }

    private final ChangeFeed feed;
    private final PlanRepository repository;
    private final VersionListener listener;
    private final Position position;
    private final NavigableSet<Long> applied = new TreeSet<>();
    private long seen;

    public ChangeFollower(ChangeFeed feed, PlanRepository repository, VersionListener listener, Position position) {
        this.feed = Objects.requireNonNull(feed);
        this.repository = Objects.requireNonNull(repository);
        this.listener = Objects.requireNonNull(listener);
        this.position = Objects.requireNonNull(position);
        long kept = position.load();
        // a new node built its index from the database just now: nothing before the log's end to replay
        this.seen = kept < 0 ? feed.latest() : kept;
        if (kept < 0) {
            // what is visible now is in the index already; only entries that become visible later
            // (committed late with a lower id) are still to apply
            long from = Math.max(0, seen - LOOKBACK);
            List<Change> batch;
            do {
                batch = feed.after(from, BATCH);
                for (Change c : batch) {
                    applied.add(c.id());
                    from = c.id();
                }
            } while (batch.size() == BATCH);
            position.save(seen);
        }
    }

    /** One round; returns how many versions were re-read and told. */
    public synchronized int poll() {
        Map<String, Change> todo = new LinkedHashMap<>();
        long from = Math.max(0, seen - LOOKBACK);
        List<Change> batch;
        do {
            batch = feed.after(from, BATCH);
            for (Change c : batch) {
                from = c.id();
                if (!applied.add(c.id())) {
                    continue;
                }
                seen = Math.max(seen, c.id());
                if (!c.node().equals(feed.node())) {
                    todo.putIfAbsent(c.plan() + '\t' + c.version(), c);
                }
            }
        } while (batch.size() == BATCH);
        List<Change> changes = new ArrayList<>(todo.values());
        // newest version first: a publication logs the new version and the one it supersedes, and
        // readers are waiting for the new one (each re-index here is a whole version and a commit)
        changes.sort(java.util.Comparator.comparingInt(Change::version).reversed());
        for (Change c : changes) {
            repository.version(c.plan(), c.version()).ifPresent(listener::stored);
        }
        applied.headSet(seen - LOOKBACK, true).clear();
        position.save(seen);
        return changes.size();
    }

    /** The highest id seen so far. */
    public synchronized long seen() {
        return seen;
    }
}
