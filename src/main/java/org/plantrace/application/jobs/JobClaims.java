package org.plantrace.application.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Claims of jobs by name, shared by every node of one database. A job is named by its kind and
 * subject ({@code review} + the township plan's code); at most one claim of a name exists at a time.
 * A claim older than the stale age is taken over: the node that held it died before releasing it.
 */
public interface JobClaims {
    /** How long a claim holds before another node may take it over: longer than any review or upload takes. */
    Duration STALE_AFTER = Duration.ofMinutes(10);

    /**
     * Claims the job for this node; empty when another claim of it holds (not yet stale), with that
     * claim's holder readable through {@link #holder}.
     */
    Optional<Claim> claim(String kind, String subject);

    /** Who holds the job now, if anyone. */
    Optional<Claim> holder(String kind, String subject);

    /** Ends the claim (the job is done or failed); a claim already taken over is left to its new holder. */
    void release(Claim claim);

    /** A held claim: which job, which node, since when. */
    record Claim(String job, String node, Instant since) {
    }

    /** The job's name as stored: kind and subject. */
    static String job(String kind, String subject) {
        return kind + ":" + subject;
    }

    /** Claims within this process only: for one process owning its store (H2, the command line's tests). */
    static JobClaims inProcess(String node) {
        Map<String, Claim> held = new ConcurrentHashMap<>();
        return new JobClaims() {
            @Override
            public Optional<Claim> claim(String kind, String subject) {
                String job = job(kind, subject);
                Claim mine = new Claim(job, node, Instant.now());
                Claim now = held.compute(job, (k, old) ->
                        old == null || old.since().plus(STALE_AFTER).isBefore(mine.since()) ? mine : old);
                return now == mine ? Optional.of(mine) : Optional.empty();
            }

            @Override
            public Optional<Claim> holder(String kind, String subject) {
                return Optional.ofNullable(held.get(job(kind, subject)));
            }

            @Override
            public void release(Claim claim) {
                held.remove(claim.job(), claim);
            }
        };
    }
}
