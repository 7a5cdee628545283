package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.plantrace.application.follow.Change;
import org.plantrace.application.follow.ChangeFeed;

/**
 * Writes and reads the outbox of changed versions (table CHANGE_LOG, {@link ChangeEntity}). Every
 * writer of plan versions calls {@link #record} inside its own transaction; the followers of other
 * nodes read it through {@link #feed}.
 */
public final class ChangeLog {
    /** The property of the persistence unit that names this process as a node. */
    public static final String NODE_PROPERTY = "plantrace.node";
    /** This process, unless the unit's properties name it: one id per JVM start. */
    public static final String THIS_PROCESS = UUID.randomUUID().toString();

    private ChangeLog() {
    }

    /**
     * Logs that version {@code number} of {@code plan} changed, in {@code em}'s transaction — on a
     * shared PostgreSQL database only. On the embedded H2 file one process owns the database, so
     * there is no other node to tell; and writing the log there made H2 lose an acknowledged save
     * after kill -9 (AcknowledgedSavesSurviveKillTest failed at the first save that exhausted the log
     * sequence's cache), so H2 stores are left exactly as durable as before the log existed.
     */
    static void record(EntityManager em, String plan, int number) {
        if (shared(em.getEntityManagerFactory())) {
            em.persist(new ChangeEntity(plan, number, node(em)));
        }
    }

    /** True when the unit runs on a database other processes share (PostgreSQL), not an embedded file. */
    public static boolean shared(jakarta.persistence.EntityManagerFactory factory) {
        Object url = factory.getProperties().get("jakarta.persistence.jdbc.url");
        return url != null && url.toString().startsWith("jdbc:postgresql:");
    }

    static String node(EntityManager em) {
        return node(em.getEntityManagerFactory());
    }

    static String node(jakarta.persistence.EntityManagerFactory factory) {
        Object n = factory.getProperties().get(NODE_PROPERTY);
        return n == null ? THIS_PROCESS : n.toString();
    }

    /** Reads the log through {@code factory}. */
    public static ChangeFeed feed(jakarta.persistence.EntityManagerFactory factory) {
        Objects.requireNonNull(factory);
        return new ChangeFeed() {
            @Override
            public long latest() {
                Long max = UnitOfWork.read(factory, em -> em.createQuery("select max(c.id) from ChangeEntity c", Long.class)
                        .getSingleResult());
                return max == null ? 0 : max;
            }

            @Override
            public List<Change> after(long id, int limit) {
                return UnitOfWork.read(factory, em -> em.createQuery(
                        "select c from ChangeEntity c where c.id > :id order by c.id", ChangeEntity.class)
                        .setParameter("id", id).setMaxResults(limit).getResultList().stream()
                        .map(c -> new Change(c.id(), c.planCode(), c.versionNumber(), c.node())).toList());
            }

            @Override
            public String node() {
                return ChangeLog.node(factory);
            }
        };
    }
}
