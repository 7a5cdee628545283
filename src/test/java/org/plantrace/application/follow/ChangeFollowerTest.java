package org.plantrace.application.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;

/**
 * The follower re-reads what other nodes changed, once per version per round; skips its own node's
 * entries; applies an entry that became visible late with a lower id; and resumes from its kept
 * position after a restart.
 */
class ChangeFollowerTest {
    static final Plan PLAN = new Plan("p", "某县国土空间总体规划", PlanLevel.COUNTY, "某县", 2021, 2035);

    final List<Change> log = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    long kept = -1;

    final ChangeFeed feed = new ChangeFeed() {
        @Override
        public long latest() {
            return log.stream().mapToLong(Change::id).max().orElse(0);
        }

        @Override
        public List<Change> after(long id, int limit) {
            return log.stream().filter(c -> c.id() > id).sorted((a, b) -> Long.compare(a.id(), b.id())).limit(limit).toList();
        }

        @Override
        public String node() {
            return "b";
        }
    };

    final ChangeFollower.Position position = new ChangeFollower.Position() {
        @Override
        public long load() {
            return kept;
        }

        @Override
        public void save(long id) {
            kept = id;
        }
    };

    final PlanRepository repository = (PlanRepository) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {PlanRepository.class}, (proxy, method, args) -> {
                if (method.getName().equals("version")) {
                    return Optional.of(new PlanVersion(PLAN, (Integer) args[1], VersionStatus.DRAFT, Instant.EPOCH, null, "x", List.of()));
                }
                throw new UnsupportedOperationException(method.getName());
            });

    ChangeFollower follower() {
        return new ChangeFollower(feed, repository, v -> told.add(v.plan().code() + " v" + v.number()), position);
    }

    @Test
    void otherNodesChangesAreToldOncePerVersionAndOwnAreSkipped() {
        log.add(new Change(1, "p", 1, "a"));
        ChangeFollower f = follower();
        assertEquals(1, kept, "a new node starts at the log's end");
        log.add(new Change(2, "p", 2, "a"));
        log.add(new Change(3, "p", 2, "a"));
        log.add(new Change(4, "p", 3, "b"));
        assertEquals(1, f.poll());
        assertEquals(List.of("p v2"), told, "v2 once however often it changed; v3 was this node's own");
        assertEquals(4, kept);
        assertEquals(0, f.poll(), "nothing new");
    }

    @Test
    void anEntryCommittedLateWithALowerIdIsStillApplied() {
        ChangeFollower f = follower();
        log.add(new Change(6, "p", 1, "a"));
        f.poll();
        log.add(new Change(5, "p", 4, "a")); // its transaction took id 5 but committed after 6
        assertEquals(1, f.poll());
        assertEquals(List.of("p v1", "p v4"), told);
    }

    @Test
    void aRestartedNodeCatchesUpFromItsPosition() {
        ChangeFollower first = follower();
        log.add(new Change(1, "p", 1, "a"));
        first.poll();
        told.clear();
        // the node is down while another edits
        log.add(new Change(2, "p", 1, "a"));
        log.add(new Change(3, "p", 2, "a"));
        ChangeFollower restarted = follower();
        assertEquals(2, restarted.poll());
        assertEquals(List.of("p v2", "p v1"), told.subList(told.size() - 2, told.size()), "both, the newest version first");
    }
}
