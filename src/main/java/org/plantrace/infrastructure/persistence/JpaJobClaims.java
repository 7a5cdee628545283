package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.application.jobs.JobClaims;

/**
 * Job claims in table JOB_CLAIM, shared by every node of the database. Claiming inserts the job's
 * row: its name is the primary key, so of two nodes claiming at once the database lets one insert
 * and refuses the other (on PostgreSQL the second insert waits on the first's uncommitted key, then
 * fails; on H2 likewise or with a lock time-out) — no read-then-write race to get wrong. A stale row
 * (its node died holding it) is deleted in the same transaction before the insert, on the condition
 * that it is still stale, so two nodes taking over one stale claim still end with one holder.
 */
public final class JpaJobClaims implements JobClaims {
    private final EntityManagerFactory factory;
    private final String node;
    private final Clock clock;

    public JpaJobClaims(EntityManagerFactory factory, Clock clock) {
        this.factory = Objects.requireNonNull(factory);
        this.node = ChangeLog.node(factory);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Optional<Claim> claim(String kind, String subject) {
        String job = JobClaims.job(kind, subject);
        // milliseconds: what both databases keep of a timestamp
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        try {
            UnitOfWork.inTransaction(factory, em -> {
                em.createQuery("delete from JobClaimEntity c where c.job = :job and c.claimedAt < :stale")
                        .setParameter("job", job).setParameter("stale", now.minus(STALE_AFTER)).executeUpdate();
                em.persist(new JobClaimEntity(job, node, now));
                em.flush();
                return null;
            });
            return Optional.of(new Claim(job, node, now.toInstant()));
        } catch (PersistenceException e) {
            // the key was taken: another claim holds it (or held it a moment ago). Reading the holder
            // first lets a database that cannot be reached fail here, not pass for "busy".
            holder(kind, subject);
            return Optional.empty();
        }
    }

    @Override
    public Optional<Claim> holder(String kind, String subject) {
        return UnitOfWork.read(factory, em -> Optional.ofNullable(em.find(JobClaimEntity.class, JobClaims.job(kind, subject)))
                .map(r -> new Claim(r.job(), r.node(), r.claimedAt().toInstant())));
    }

    @Override
    public void release(Claim claim) {
        UnitOfWork.inTransaction(factory, em -> em.createQuery("delete from JobClaimEntity c where c.job = :job and c.node = :node")
                .setParameter("job", claim.job()).setParameter("node", claim.node()).executeUpdate());
    }
}
