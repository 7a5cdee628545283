package org.plantrace.application.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.jobs.JobClaims;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.conformance.JpaConformanceRecords;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.InJvmNodes;
import org.plantrace.infrastructure.persistence.JpaJobClaims;
import org.plantrace.infrastructure.postgres.TestPostgres;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * Review re-runs across app nodes (issue #16.4): two nodes, each with its own persistence unit on
 * one database, run the review of the same township plan. While one node's run holds the job, the
 * other's is refused with a message saying it is running; and when both run at the same moment,
 * round after round, the stored history never forks — no two reviews carry the same previous
 * review over. On H2 and on PostgreSQL.
 */
class ReviewRunsAcrossNodesTest {
    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        reRunsOnTwoNodes(DatabaseSettings.h2(DataDirectory.at(dir)));
    }

    @Test
    void onPostgres() throws Exception {
        try (TestPostgres pg = TestPostgres.freshSchema()) {
            reRunsOnTwoNodes(new DatabaseSettings(pg.url(), "", ""));
        }
    }

    private void reRunsOnTwoNodes(DatabaseSettings db) throws Exception {
        EntityManagerFactory a = InJvmNodes.open(db, "node-a");
        EntityManagerFactory b = InJvmNodes.open(db, "node-b");
        try {
            MemoryPlans plans = new MemoryPlans().add(SeedPlan.version(1, VersionStatus.PUBLISHED))
                    .add(SeedPlan.version(ConformanceReviewServiceTest.WANG, 1, VersionStatus.DRAFT,
                            ConformanceReviewServiceTest.township(Files.readString(ConformanceReviewServiceTest.SAMPLE))));
            JobClaims claimsA = new JpaJobClaims(a, Clock.systemUTC());
            ConformanceReviewService onA = service(plans, a, claimsA);
            ConformanceReviewService onB = service(plans, b, new JpaJobClaims(b, Clock.systemUTC()));
            String wang = ConformanceReviewServiceTest.WANG.code();

            JobClaims.Claim running = claimsA.claim(ConformanceReviewService.REVIEW_JOB, wang).orElseThrow();
            ConformanceReviewException refused = assertThrows(ConformanceReviewException.class,
                    () -> onB.run(ConformanceReviewServiceTest.REVIEWER, wang));
            assertTrue(refused.getMessage().contains("正在运行") && refused.getMessage().contains("王庄堡镇"), refused.getMessage());
            assertTrue(onB.history(ConformanceReviewServiceTest.REVIEWER, wang).isEmpty(), "nothing stored by the refused run");
            claimsA.release(running);
            ConformanceRecord first = onB.run(ConformanceReviewServiceTest.REVIEWER, wang);
            assertEquals(0, first.previous());

            List<String> refusals = new CopyOnWriteArrayList<>();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Thread> threads = new ArrayList<>();
            for (ConformanceReviewService node : List.of(onA, onB)) {
                Thread t = new Thread(() -> {
                    for (int round = 0; round < 4; round++) {
                        try {
                            together.await();
                            node.run(ConformanceReviewServiceTest.REVIEWER, wang);
                        } catch (ConformanceReviewException e) {
                            refusals.add(e.getMessage());
                        } catch (Exception | AssertionError e) {
                            errors.add(e);
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(300_000);
            }
            assertTrue(errors.isEmpty(), "no run failed with an error: " + errors);
            List<ConformanceRecord> history = onA.history(ConformanceReviewServiceTest.REVIEWER, wang);
            assertEquals(1 + 8 - refusals.size(), history.size(), "every run not refused is stored");
            Set<Long> previous = new HashSet<>();
            for (ConformanceRecord r : history) {
                assertTrue(previous.add(r.previous()), "two reviews carried over review #" + r.previous() + ": the history forked");
            }
            assertTrue(history.stream().allMatch(r -> r.previous() == 0 || history.stream().anyMatch(p -> p.id() == r.previous())),
                    "one unbroken chain");
        } finally {
            a.close();
            b.close();
        }
    }

    private static ConformanceReviewService service(MemoryPlans plans, EntityManagerFactory node, JobClaims claims) {
        return new ConformanceReviewService(plans, RuleBasedChecklists.standard(),
                code -> PlanPackages.located().linker(code).gazetteer(), new JpaConformanceRecords(node), Clock.systemUTC(), claims);
    }
}
