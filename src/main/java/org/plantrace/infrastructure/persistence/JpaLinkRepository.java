package org.plantrace.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkRepository;

/**
 * Links in the relational store (table CLAUSE_LINK, and LINK_DERIVATION for "this version was
 * derived"). Like {@link JpaPlanRepository}: one short-lived EntityManager per call, fresh domain
 * objects out, every write in one transaction.
 */
@ApplicationScoped
public class JpaLinkRepository implements LinkRepository {
    /** Clause uids per IN list: well under any database's parameter limit. */
    private static final int IN_CHUNK = 500;
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaLinkRepository() {
    }

    @Inject
    public JpaLinkRepository(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public List<Link> ofVersion(String plan, int version) {
        return read(em -> em.createQuery("select l from LinkEntity l where l.plan = :plan and l.version = :version"
                + " order by l.clauseUid, l.anchorField, l.anchorStart, l.id", LinkEntity.class)
                .setParameter("plan", plan).setParameter("version", version)
                .getResultList().stream().map(LinkRows::toDomain).toList());
    }

    @Override
    public List<Link> ofClause(String plan, int version, String clauseUid) {
        return read(em -> em.createQuery("select l from LinkEntity l where l.plan = :plan and l.version = :version"
                + " and l.clauseUid = :uid order by l.anchorField, l.anchorStart, l.id", LinkEntity.class)
                .setParameter("plan", plan).setParameter("version", version).setParameter("uid", clauseUid)
                .getResultList().stream().map(LinkRows::toDomain).toList());
    }

    @Override
    public Optional<Link> byId(long id) {
        return read(em -> Optional.ofNullable(em.find(LinkEntity.class, id)).map(LinkRows::toDomain));
    }

    @Override
    public boolean derived(String plan, int version) {
        return read(em -> em.find(LinkDerivationEntity.class, new LinkDerivationEntity.Key(plan, version)) != null);
    }

    @Override
    public List<Link> replace(String plan, int version, Collection<String> clauseUids, List<Link> links) {
        for (Link l : links) {
            if (!l.plan().equals(plan) || l.version() != version || !clauseUids.contains(l.clauseUid())) {
                throw new IllegalArgumentException("link of another clause or version: " + l.clauseUid());
            }
        }
        return inTransaction(em -> {
            List<String> uids = new ArrayList<>(clauseUids);
            for (int i = 0; i < uids.size(); i += IN_CHUNK) {
                em.createQuery("delete from LinkEntity l where l.plan = :plan and l.version = :version"
                        + " and l.clauseUid in :uids")
                        .setParameter("plan", plan).setParameter("version", version)
                        .setParameter("uids", uids.subList(i, Math.min(uids.size(), i + IN_CHUNK)))
                        .executeUpdate();
            }
            List<LinkEntity> rows = new ArrayList<>(links.size());
            for (Link l : links) {
                LinkEntity row = new LinkEntity();
                LinkRows.fill(row, l);
                em.persist(row);
                rows.add(row);
            }
            LinkDerivationEntity mark = em.find(LinkDerivationEntity.class, new LinkDerivationEntity.Key(plan, version));
            if (mark == null) {
                em.persist(new LinkDerivationEntity(plan, version, PlanVersionEntity.toColumn(Instant.now())));
            } else {
                mark.derivedAt = PlanVersionEntity.toColumn(Instant.now());
            }
            // the facets of the version change with its links: other nodes re-index it
            ChangeLog.record(em, plan, version);
            em.flush();
            return rows.stream().map(LinkRows::toDomain).toList();
        });
    }

    @Override
    public Link save(Link link) {
        return inTransaction(em -> {
            LinkEntity row = link.id() == null ? null : em.find(LinkEntity.class, link.id());
            if (link.id() != null && row == null) {
                throw new IllegalArgumentException("找不到关联 #" + link.id() + "，可能条款已修改，请刷新页面");
            }
            if (row == null) {
                row = new LinkEntity();
                LinkRows.fill(row, link);
                em.persist(row);
            } else {
                LinkRows.fill(row, link);
            }
            ChangeLog.record(em, link.plan(), link.version());
            em.flush();
            return LinkRows.toDomain(row);
        });
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitOfWork.read(factory, work);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return UnitOfWork.inTransaction(factory, work);
    }
}
