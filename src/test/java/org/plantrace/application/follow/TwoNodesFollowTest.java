package org.plantrace.application.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.ChangeLog;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.InJvmNodes;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.JpaPlanWriter;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.infrastructure.postgres.TestPostgres;
import org.plantrace.search.ClauseSearch;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.ViewerRole;

/**
 * Two app nodes on one database, each with its own search index (issue #16.4): an edit saved
 * through node A is found by node B's search within 2 s, by B's follower reading the change log;
 * and after B was down during another edit, B catches up on start from its kept position — an edit
 * inside a version B had indexed already, which its index catalogue alone cannot see. On PostgreSQL
 * (where it is configured; CI runs it); on H2, where one process owns the file, nothing is logged.
 */
class TwoNodesFollowTest {
    static final Path VOCABULARY = Path.of("corpus/search");
    static final Plan PLAN = new Plan("two-nodes", "某县国土空间总体规划（2021—2035年）", PlanLevel.COUNTY, "某县", 2021, 2035);

    @TempDir
    Path tmp;

    @Test
    void onH2NothingIsLoggedForOneProcessOwnsTheFile() throws Exception {
        DatabaseSettings db = DatabaseSettings.h2(DataDirectory.at(tmp.resolve("own")));
        EntityManagerFactory a = PlanTracePersistence.open(db, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            new JpaPlanRepository(a).store(version("规划建设通用机场一处。"));
            edit(a, "规划建设直升机停机坪两处。");
            assertEquals(0, ChangeLog.feed(a).latest(), "no change-log rows on H2");
        } finally {
            a.close();
        }
    }

    @Test
    void anEditOnOneNodeIsFoundOnTheOtherOnPostgres() throws Exception {
        try (TestPostgres pg = TestPostgres.freshSchema()) {
            follow(new DatabaseSettings(pg.url(), "", ""));
        }
    }

    private void follow(DatabaseSettings db) throws Exception {
        EntityManagerFactory a = InJvmNodes.open(db, "node-a");
        EntityManagerFactory b = InJvmNodes.open(db, "node-b");
        try {
            JpaPlanRepository plansA = new JpaPlanRepository(a);
            JpaPlanRepository plansB = new JpaPlanRepository(b);
            plansA.store(version("规划建设通用机场一处。"));
            Path position = tmp.resolve("node-b.position");
            try (ClauseSearch searchB = ClauseSearch.open(tmp.resolve("index-b"), plansB, VOCABULARY)) {
                ChangeFollower followerB = new ChangeFollower(ChangeLog.feed(b), plansB, searchB, new PositionFile(position));
                assertEquals(1, count(searchB, "通用机场"));

                edit(a, "规划建设直升机停机坪两处。");
                long start = System.nanoTime();
                while (count(searchB, "直升机") == 0 && System.nanoTime() - start < 2_000_000_000L) {
                    followerB.poll();
                    Thread.sleep(100);
                }
                assertEquals(1, count(searchB, "直升机"), "node B finds node A's edit within 2 s");
                assertEquals(0, count(searchB, "通用机场"), "and no longer the old words");
            }

            // node B is down while A edits again inside the same version
            edit(a, "规划建设综合客运枢纽一处。");
            try (ClauseSearch searchB = ClauseSearch.open(tmp.resolve("index-b"), plansB, VOCABULARY)) {
                assertEquals(0, count(searchB, "客运枢纽"), "the catalogue alone does not see an edit inside a version");
                new ChangeFollower(ChangeLog.feed(b), plansB, searchB, new PositionFile(position)).poll();
                assertEquals(1, count(searchB, "客运枢纽"), "caught up from the kept position");
            }

            // node A's own follower has nothing to do: its edits were told in process
            try (ClauseSearch searchA = ClauseSearch.open(tmp.resolve("index-a"), plansA, VOCABULARY)) {
                ChangeFollower followerA = new ChangeFollower(ChangeLog.feed(a), plansA, searchA, new PositionFile(tmp.resolve("a.pos")));
                edit(a, "规划建设物流园区一处。");
                assertEquals(0, followerA.poll());
            }
        } finally {
            a.close();
            b.close();
        }
    }

    private static void edit(EntityManagerFactory node, String text) {
        new JpaPlanWriter(node).write(PLAN.code(), work -> {
            PlanVersion v = work.read(1);
            List<Clause> roots = v.clauses();
            ClauseTree.flatten(roots).stream().filter(c -> c.kind() == ClauseKind.ARTICLE).findFirst().orElseThrow().setText(text);
            work.save(1, roots);
            return null;
        });
    }

    private static long count(ClauseSearch search, String query) {
        return search.search(SearchRequest.of(query), ViewerRole.DRAFTER).total();
    }

    static PlanVersion version(String text) {
        Clause chapter = new Clause(ClauseKind.CHAPTER, "第一章", "交通");
        chapter.setUid("chp");
        Clause article = new Clause(ClauseKind.ARTICLE, "第一条", "交通设施");
        article.setUid("a1");
        article.appendParagraph(text);
        chapter.addChild(article);
        List<Clause> roots = new ArrayList<>(List.of(chapter));
        ClauseTree.assignPathIds(roots);
        return new PlanVersion(PLAN, 0, VersionStatus.DRAFT, Instant.parse("2026-01-01T00:00:00Z"), null, "x.txt", roots);
    }
}
