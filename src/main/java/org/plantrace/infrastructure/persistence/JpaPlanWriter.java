package org.plantrace.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWork;
import org.plantrace.domain.plan.PlanWriter;

/**
 * Authoring's store: a {@link PlanWork} is one EntityManager and one transaction that begins by
 * locking the plan's row ({@code SELECT … FOR UPDATE}), so writers of one plan queue behind each
 * other and a use case's read-check-write is never interleaved with another's. Clause revisions
 * are therefore checked by the use case against rows read under the lock; no row is written
 * unless it changed.
 */
@ApplicationScoped
public class JpaPlanWriter implements PlanWriter {
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaPlanWriter() {
    }

    @Inject
    public JpaPlanWriter(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public <T> T write(String planCode, Function<PlanWork, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            PlanEntity plan = em.find(PlanEntity.class, planCode, LockModeType.PESSIMISTIC_WRITE);
            if (plan == null) {
                throw new IllegalArgumentException("no plan " + planCode);
            }
            T result = work.apply(new JpaPlanWork(em, plan));
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public Optional<PlanVersion> version(String planCode, int number) {
        EntityManager em = factory.createEntityManager();
        try {
            return JpaPlanWork.versionRow(em, planCode, number)
                    .map(v -> JpaPlanWork.toDomain(v, ClauseRows.toTree(JpaPlanWork.rowsOf(em, v))));
        } finally {
            em.close();
        }
    }

    @Override
    public List<PlanVersion> versionList(String planCode) {
        EntityManager em = factory.createEntityManager();
        try {
            return JpaPlanWork.versionRows(em, planCode).stream().map(v -> JpaPlanWork.toDomain(v, List.of())).toList();
        } finally {
            em.close();
        }
    }

    @Override
    public List<org.plantrace.domain.audit.AuditEntry> history(String planCode, int number) {
        return UnitOfWork.read(factory, em -> JpaPlanWork.history(em, planCode, number));
    }
}
