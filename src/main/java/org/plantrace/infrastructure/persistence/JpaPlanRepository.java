package org.plantrace.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.domain.plan.VersionSummary;

/**
 * Plans and versions in the relational store. Every call uses its own short-lived EntityManager
 * and returns fresh domain objects, so callers may change what they get without touching the
 * store. A version and all its clauses are written in one transaction.
 */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {
    private EntityManagerFactory factory;

    /** For CDI's client proxy only. */
    protected JpaPlanRepository() {
    }

    @Inject
    public JpaPlanRepository(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public PlanVersion store(PlanVersion version) {
        return inTransaction(em -> {
            PlanEntity plan = em.find(PlanEntity.class, version.plan().code(), LockModeType.PESSIMISTIC_WRITE);
            if (plan == null) {
                plan = new PlanEntity(version.plan());
                em.persist(plan);
            } else {
                plan.update(version.plan());
            }
            // the plan row lock serializes writers of one plan, so max+1 is not handed out twice
            Integer last = em.createQuery(
                    "select max(v.number) from PlanVersionEntity v where v.plan.code = :code", Integer.class)
                    .setParameter("code", plan.code())
                    .getSingleResult();
            int number = last == null ? 1 : last + 1;
            if (version.status() == VersionStatus.PUBLISHED) {
                // one published version per plan: the one it replaces stays public and citable, as superseded
                for (PlanVersionEntity old : em.createQuery("select v from PlanVersionEntity v where v.plan.code = :code"
                        + " and v.status = :published", PlanVersionEntity.class).setParameter("code", plan.code())
                        .setParameter("published", VersionStatus.PUBLISHED).getResultList()) {
                    old.setStatus(VersionStatus.SUPERSEDED, old.publishedAt());
                    ChangeLog.record(em, plan.code(), old.number());
                }
            }
            PlanVersionEntity row = new PlanVersionEntity(plan, number, version.status(), version.createdAt(),
                    version.publishedAt(), version.sourceName());
            em.persist(row);
            for (ClauseEntity clause : ClauseRows.toRows(row, version.clauses())) {
                em.persist(clause);
            }
            ChangeLog.record(em, plan.code(), number);
            return new PlanVersion(plan.toDomain(), number, version.status(), row.createdAt(), row.publishedAt(),
                    version.sourceName(), version.clauses());
        });
    }

    @Override
    public List<Plan> plans() {
        return read(em -> em.createQuery("select p from PlanEntity p order by p.code", PlanEntity.class)
                .getResultList().stream().map(PlanEntity::toDomain).toList());
    }

    @Override
    public Optional<Plan> plan(String code) {
        return read(em -> Optional.ofNullable(em.find(PlanEntity.class, code)).map(PlanEntity::toDomain));
    }

    @Override
    public Optional<PlanVersion> latestVersion(String planCode) {
        return latest(planCode, false);
    }

    @Override
    public Optional<PlanVersion> latestPublished(String planCode) {
        return latest(planCode, true);
    }

    private Optional<PlanVersion> latest(String planCode, boolean publishedOnly) {
        return read(em -> {
            TypedQuery<PlanVersionEntity> query = em.createQuery(
                    "select v from PlanVersionEntity v where v.plan.code = :code"
                    + (publishedOnly ? " and v.status = :status" : "") + " order by v.number desc",
                    PlanVersionEntity.class).setParameter("code", planCode).setMaxResults(1);
            if (publishedOnly) {
                query.setParameter("status", VersionStatus.PUBLISHED);
            }
            List<PlanVersionEntity> found = query.getResultList();
            return found.stream().findFirst().map(v -> toDomain(v, clausesOf(em, v)));
        });
    }

    @Override
    public List<PlanVersion> versions(String planCode) {
        return read(em -> {
            List<PlanVersionEntity> versions = em.createQuery(
                    "select v from PlanVersionEntity v where v.plan.code = :code order by v.number",
                    PlanVersionEntity.class).setParameter("code", planCode).getResultList();
            // all clauses of all versions in one query, split by version in memory
            Map<Long, List<ClauseEntity>> rows = new HashMap<>();
            em.createQuery("select c from ClauseEntity c where c.version.plan.code = :code"
                    + " order by c.version.id, c.ordinal", ClauseEntity.class)
                    .setParameter("code", planCode).getResultList()
                    .forEach(c -> rows.computeIfAbsent(c.versionId(), k -> new ArrayList<>()).add(c));
            return versions.stream()
                    .map(v -> toDomain(v, ClauseRows.toTree(rows.getOrDefault(v.id(), List.of()))))
                    .toList();
        });
    }

    @Override
    public Optional<Clause> clause(String planCode, int versionNumber, String uid) {
        return read(em -> em.createQuery(
                "select v from PlanVersionEntity v where v.plan.code = :code and v.number = :number",
                PlanVersionEntity.class)
                .setParameter("code", planCode).setParameter("number", versionNumber)
                .getResultList().stream().findFirst()
                .flatMap(v -> {
                    List<Clause> path = ClauseTree.pathTo(clausesOf(em, v), uid);
                    return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
                }));
    }

    @Override
    public List<VersionSummary> versionSummaries(String planCode) {
        return read(em -> {
            Map<Long, Object[]> stamps = new HashMap<>();
            em.createQuery(STAMP_SELECT + " where c.version.plan.code = :code group by c.versionId", Object[].class)
                    .setParameter("code", planCode).getResultList()
                    .forEach(row -> stamps.put(((Number) row[0]).longValue(), row));
            return JpaPlanWork.versionRows(em, planCode).stream()
                    .map(v -> summary(v, stamps.get(v.id()))).toList();
        });
    }

    @Override
    public Optional<VersionSummary> latestPublishedSummary(String planCode) {
        return read(em -> em.createQuery("select v from PlanVersionEntity v where v.plan.code = :code"
                + " and v.status = :status order by v.number desc", PlanVersionEntity.class)
                .setParameter("code", planCode).setParameter("status", VersionStatus.PUBLISHED)
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(v -> summary(v, em.createQuery(STAMP_SELECT + " where c.versionId = :id group by c.versionId",
                        Object[].class).setParameter("id", v.id()).getResultList().stream().findFirst()
                        .orElse(null))));
    }

    @Override
    public Optional<PlanVersion> version(String planCode, int number) {
        return read(em -> JpaPlanWork.versionRow(em, planCode, number).map(v -> toDomain(v, clausesOf(em, v))));
    }

    /**
     * Per version: clause count, the sum of revisions (an edit adds one), and two position sums
     * weighted by the never-reused row id (an insert, a delete or a move changes them). The clause
     * texts are not read, so the query costs an index scan, not the version's LOBs.
     */
    private static final String STAMP_SELECT = "select c.versionId, count(c), sum(coalesce(c.revision, 1)),"
            + " sum(c.id * (c.ordinal + 1)), sum(c.id * (coalesce(c.parentOrdinal, -1) + 2)) from ClauseEntity c";

    private static VersionSummary summary(PlanVersionEntity v, Object[] stamp) {
        int count = stamp == null ? 0 : ((Number) stamp[1]).intValue();
        long mixed = 0;
        if (stamp != null) {
            for (int i = 1; i < stamp.length; i++) {
                mixed = 1_000_003L * mixed + ((Number) stamp[i]).longValue();
            }
        }
        return new VersionSummary(v.plan().toDomain(), v.number(), v.status(), v.createdAt(), v.publishedAt(),
                v.sourceName(), count, mixed);
    }

    private static List<Clause> clausesOf(EntityManager em, PlanVersionEntity version) {
        return ClauseRows.toTree(em.createQuery(
                "select c from ClauseEntity c where c.version = :version order by c.ordinal", ClauseEntity.class)
                .setParameter("version", version).getResultList());
    }

    private static PlanVersion toDomain(PlanVersionEntity v, List<Clause> clauses) {
        return new PlanVersion(v.plan().toDomain(), v.number(), v.status(), v.createdAt(), v.publishedAt(),
                v.sourceName(), clauses);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitOfWork.read(factory, work);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return UnitOfWork.inTransaction(factory, work);
    }
}
