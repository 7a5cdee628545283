package org.plantrace.infrastructure.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.conformance.ConformanceRecord;
import org.plantrace.domain.conformance.ConformanceRecords;
import org.plantrace.domain.conformance.StaleRecordException;
import org.plantrace.infrastructure.persistence.AuditEntity;
import org.plantrace.infrastructure.persistence.UnitOfWork;

/** Stored conformance reviews in H2; each save is one transaction with its audit entry. */
@ApplicationScoped
public class JpaConformanceRecords implements ConformanceRecords {
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaConformanceRecords() {
    }

    @Inject
    public JpaConformanceRecords(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public ConformanceRecord save(ConformanceRecord record, AuditEntry audit) {
        Objects.requireNonNull(audit, "audit");
        try {
            long id = UnitOfWork.inTransaction(factory, em -> {
                ConformanceReviewEntity row;
                if (record.id() == 0) {
                    row = new ConformanceReviewEntity(record);
                    em.persist(row);
                } else {
                    row = em.find(ConformanceReviewEntity.class, record.id());
                    if (row == null || row.rowVersion() != record.rowVersion()) {
                        throw new StaleRecordException();
                    }
                    row.update(record);
                    // a change to a finding row alone must still move the review's row version
                    em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                }
                em.persist(new AuditEntity(audit));
                em.flush();
                return row.id();
            });
            // read back after the commit: the row version moves at commit
            return find(id).orElseThrow();
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new StaleRecordException();
            }
            throw e;
        }
    }

    @Override
    public Optional<ConformanceRecord> find(long id) {
        return UnitOfWork.read(factory, em -> Optional.ofNullable(em.find(ConformanceReviewEntity.class, id))
                .map(r -> r.toDomain(true)));
    }

    /**
     * Newest by when it ran, not by id: each app node takes ids in blocks of its own (allocation 10),
     * so with two nodes a later review can have a lower id. Runs of one township plan are claimed one
     * at a time (JobClaims), so their run times follow one another.
     */
    private static final String NEWEST_FIRST = " order by r.ranAt desc, r.id desc";

    @Override
    public Optional<ConformanceRecord> latest(String townshipPlan) {
        return UnitOfWork.read(factory, em -> em.createQuery("select r from ConformanceReviewEntity r where r.townshipPlan = :plan"
                + NEWEST_FIRST, ConformanceReviewEntity.class).setParameter("plan", townshipPlan).setMaxResults(1)
                .getResultList().stream().findFirst().map(r -> r.toDomain(true)));
    }

    @Override
    public List<ConformanceRecord> history(String townshipPlan) {
        return UnitOfWork.read(factory, em -> em.createQuery("select r from ConformanceReviewEntity r where r.townshipPlan = :plan"
                + NEWEST_FIRST, ConformanceReviewEntity.class).setParameter("plan", townshipPlan)
                .getResultList().stream().map(r -> r.toDomain(false)).toList());
    }
}
