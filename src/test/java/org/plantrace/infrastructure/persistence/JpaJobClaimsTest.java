package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.jobs.JobClaims;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.postgres.TestPostgres;

/**
 * Job claims between two app nodes on one database (issue #16.4), each node a persistence unit of
 * its own: a claimed job is refused to the other node until released; a claim left by a node that
 * died is taken over once stale, and the dead node's late release leaves the new claim alone; and
 * of two nodes claiming the same job at the same moment, exactly one gets it, round after round. On
 * H2 (two units on one file in one process) and on PostgreSQL.
 */
class JpaJobClaimsTest {
    @TempDir
    Path dir;

    @Test
    void onH2() throws Exception {
        claimsAcrossNodes(DatabaseSettings.h2(DataDirectory.at(dir)));
    }

    @Test
    void onPostgres() throws Exception {
        try (TestPostgres pg = TestPostgres.freshSchema()) {
            claimsAcrossNodes(new DatabaseSettings(pg.url(), "", ""));
        }
    }

    private void claimsAcrossNodes(DatabaseSettings db) throws Exception {
        EntityManagerFactory a = InJvmNodes.open(db, "node-a");
        EntityManagerFactory b = InJvmNodes.open(db, "node-b");
        try {
            Clock now = Clock.systemUTC();
            JobClaims onA = new JpaJobClaims(a, now);
            JobClaims onB = new JpaJobClaims(b, now);

            JobClaims.Claim held = onA.claim("review", "tw-1").orElseThrow();
            assertEquals("node-a", held.node());
            assertTrue(onB.claim("review", "tw-1").isEmpty(), "node B is refused while node A holds the job");
            assertEquals(Optional.of("node-a"), onB.holder("review", "tw-1").map(JobClaims.Claim::node));
            assertTrue(onB.claim("review", "tw-2").isPresent(), "another job is free");
            onA.release(held);
            JobClaims.Claim byB = onB.claim("review", "tw-1").orElseThrow(() -> new AssertionError("free once released"));

            // node B dies holding it; eleven minutes later node A takes it over
            JobClaims later = new JpaJobClaims(a, Clock.fixed(Instant.now().plus(JobClaims.STALE_AFTER).plus(Duration.ofMinutes(1)),
                    ZoneOffset.UTC));
            JobClaims.Claim takenOver = later.claim("review", "tw-1").orElseThrow(() -> new AssertionError("a stale claim is taken over"));
            onB.release(byB);
            assertEquals(Optional.of("node-a"), onA.holder("review", "tw-1").map(JobClaims.Claim::node),
                    "the dead node's late release leaves the new claim alone");
            later.release(takenOver);

            // both nodes claim the same job at the same moment, 30 times: one wins each time
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            CyclicBarrier together = new CyclicBarrier(2);
            Thread[] threads = new Thread[2];
            JobClaims[] nodes = {onA, onB};
            int[] wonBy = new int[2];
            for (int t = 0; t < 2; t++) {
                int me = t;
                threads[t] = new Thread(() -> {
                    for (int round = 0; round < 30; round++) {
                        try {
                            together.await();
                            if (nodes[me].claim("upload-confirm", "plan-" + round).isPresent()) {
                                wins.incrementAndGet();
                                wonBy[me]++;
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join(120_000);
            }
            assertEquals(0, failures.get(), "no claim failed with an error");
            assertEquals(30, wins.get(), "exactly one node won each of the 30 jobs (A " + wonBy[0] + ", B " + wonBy[1] + ")");
        } finally {
            a.close();
            b.close();
        }
    }
}
