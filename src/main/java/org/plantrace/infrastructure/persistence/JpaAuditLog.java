package org.plantrace.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditLog;
import org.plantrace.domain.audit.AuditQuery;

/** The audit trail in table AUDIT_ENTRY: append and read, nothing else. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaAuditLog() {
    }

    @Inject
    public JpaAuditLog(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            AuditEntity row = new AuditEntity(entry);
            em.persist(row);
            em.flush();
            AuditEntry stored = row.toDomain();
            tx.commit();
            return stored;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public List<AuditEntry> entries(AuditQuery query) {
        EntityManager em = factory.createEntityManager();
        try {
            TypedQuery<AuditEntity> q = em.createQuery("select a from AuditEntity a where " + where(query)
                    + " order by a.id desc", AuditEntity.class);
            bind(q, query);
            return q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList().stream()
                    .map(AuditEntity::toDomain).toList();
        } finally {
            em.close();
        }
    }

    @Override
    public long count(AuditQuery query) {
        EntityManager em = factory.createEntityManager();
        try {
            TypedQuery<Long> q = em.createQuery("select count(a) from AuditEntity a where " + where(query), Long.class);
            bind(q, query);
            return q.getSingleResult();
        } finally {
            em.close();
        }
    }

    private static String where(AuditQuery query) {
        return "a.planCode = :plan" + (query.version() > 0 ? " and a.version = :version" : "")
                + (query.clauseUid().isEmpty() ? "" : " and a.clauseUid = :uid");
    }

    private static void bind(TypedQuery<?> q, AuditQuery query) {
        q.setParameter("plan", query.planCode());
        if (query.version() > 0) {
            q.setParameter("version", query.version());
        }
        if (!query.clauseUid().isEmpty()) {
            q.setParameter("uid", query.clauseUid());
        }
    }
}
