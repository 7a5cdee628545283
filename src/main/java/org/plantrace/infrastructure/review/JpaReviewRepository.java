package org.plantrace.infrastructure.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.ReviewRepository;
import org.plantrace.domain.review.StaleThreadException;

/** Review threads in the relational store; every call is one short transaction of its own. */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaReviewRepository() {
    }

    @Inject
    public JpaReviewRepository(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public CommentThread save(CommentThread thread) {
        try {
            return inTransaction(em -> {
                ReviewThreadEntity row;
                if (thread.id() == 0) {
                    row = new ReviewThreadEntity(thread);
                    em.persist(row);
                } else {
                    row = em.find(ReviewThreadEntity.class, thread.id());
                    if (row == null || row.rowVersion() != thread.revision()) {
                        throw new StaleThreadException();
                    }
                    row.update(thread);
                }
                em.flush();
                return row.toDomain();
            });
        } catch (OptimisticLockException | RollbackException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new StaleThreadException();
            }
            throw e;
        }
    }

    @Override
    public Optional<CommentThread> thread(long id) {
        return read(em -> Optional.ofNullable(em.find(ReviewThreadEntity.class, id)).map(ReviewThreadEntity::toDomain));
    }

    @Override
    public List<CommentThread> threads(String planCode, String clauseUid) {
        return read(em -> em.createQuery("select t from ReviewThreadEntity t where t.planCode = :code"
                + " and t.clauseUid = :uid order by t.id", ReviewThreadEntity.class)
                .setParameter("code", planCode).setParameter("uid", clauseUid)
                .getResultList().stream().map(ReviewThreadEntity::toDomain).toList());
    }

    @Override
    public long openCount(String planCode) {
        return read(em -> em.createQuery("select count(t) from ReviewThreadEntity t where t.planCode = :code"
                + " and t.status = org.plantrace.domain.review.ThreadStatus.OPEN", Long.class)
                .setParameter("code", planCode).getSingleResult());
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitOfWork.read(factory, work);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return UnitOfWork.inTransaction(factory, work);
    }
}
