package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.PlanWork;
import org.plantrace.domain.plan.VersionStatus;

/** One authoring transaction on one plan (see {@link JpaPlanWriter}). */
final class JpaPlanWork implements PlanWork {
    private final EntityManager em;
    private final PlanEntity plan;
    /** Versions already in the change log of this transaction: one entry each is enough. */
    private final Set<Integer> logged = new HashSet<>();

    JpaPlanWork(EntityManager em, PlanEntity plan) {
        this.em = em;
        this.plan = plan;
    }

    @Override
    public Plan plan() {
        return plan.toDomain();
    }

    @Override
    public List<PlanVersion> versions() {
        return versionRows(em, plan.code()).stream().map(v -> toDomain(v, List.of())).toList();
    }

    @Override
    public PlanVersion read(int number) {
        PlanVersionEntity v = row(number);
        return toDomain(v, ClauseRows.toTree(rowsOf(em, v)));
    }

    @Override
    public PlanVersion create(PlanVersion version) {
        Integer last = em.createQuery(
                "select max(v.number) from PlanVersionEntity v where v.plan.code = :code", Integer.class)
                .setParameter("code", plan.code()).getSingleResult();
        int number = last == null ? 1 : last + 1;
        PlanVersionEntity row = new PlanVersionEntity(plan, number, version.status(), version.createdAt(),
                version.publishedAt(), version.sourceName());
        em.persist(row);
        for (ClauseEntity clause : ClauseRows.toRows(row, version.clauses())) {
            em.persist(clause);
        }
        changed(number);
        em.flush();
        return toDomain(row, version.clauses());
    }

    @Override
    public void save(int number, List<Clause> roots) {
        changed(number);
        PlanVersionEntity version = row(number);
        Map<String, ClauseEntity> stored = new HashMap<>();
        for (ClauseEntity row : rowsOf(em, version)) {
            stored.put(row.uid(), row);
        }
        List<Clause> clauses = ClauseTree.flatten(roots);
        List<ClauseEntity> wanted = ClauseRows.toRows(version, roots);
        Set<String> kept = new HashSet<>();
        for (Clause c : clauses) {
            if (c.uid() == null || !kept.add(c.uid())) {
                throw new IllegalArgumentException("durable id missing or repeated: " + c.uid());
            }
        }
        // 1. rows whose clause is gone
        boolean deleted = false;
        for (ClauseEntity row : stored.values()) {
            if (!kept.contains(row.uid())) {
                em.remove(row);
                deleted = true;
            }
        }
        if (deleted) {
            em.flush();
        }
        // 2. content and position of the rows that stay; positions go through negative ordinals
        //    first so that the unique (version, ordinal) pair holds after every statement
        List<ClauseEntity[]> moved = new ArrayList<>();
        List<ClauseEntity> inserted = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            ClauseEntity want = wanted.get(i);
            ClauseEntity have = stored.get(c.uid());
            if (have == null) {
                want.setRevision(1);
                c.setRevision(1);
                inserted.add(want);
                continue;
            }
            if (contentDiffers(have, want)) {
                have.setContent(want.kind(), want.num(), want.heading(), want.text());
                have.setMandatory(want.mandatory(), want.provenance(), want.spans());
                have.setRevision(have.revision() + 1);
            }
            c.setRevision(have.revision());
            if (!Objects.equals(have.eId(), want.eId()) || !Objects.equals(have.location(), want.location())) {
                have.setIds(want.eId(), have.uid());
                have.setLocation(want.location());
            }
            if (have.ordinal() != want.ordinal() || !Objects.equals(have.parentOrdinal(), want.parentOrdinal())) {
                moved.add(new ClauseEntity[] {have, want});
                have.setPosition(-1 - want.ordinal(), want.parentOrdinal());
            }
        }
        if (!moved.isEmpty()) {
            em.flush();
            for (ClauseEntity[] pair : moved) {
                pair[0].setPosition(pair[1].ordinal(), pair[1].parentOrdinal());
            }
            em.flush();
        }
        // 3. new clauses, now that their ordinals are free
        for (ClauseEntity row : inserted) {
            em.persist(row);
        }
        em.flush();
    }

    private static boolean contentDiffers(ClauseEntity a, ClauseEntity b) {
        return a.kind() != b.kind() || !a.num().equals(b.num()) || !a.heading().equals(b.heading())
                || !a.text().equals(b.text()) || a.mandatory() != b.mandatory() || a.provenance() != b.provenance()
                || !a.spans().equals(b.spans());
    }

    @Override
    public void setStatus(int number, VersionStatus status, Instant publishedAt) {
        row(number).setStatus(status, publishedAt);
        changed(number);
        em.flush();
    }

    @Override
    public void setSource(int number, String sourceName) {
        row(number).setSourceName(sourceName);
        changed(number);
    }

    /** Logs the version as changed for other nodes, in this transaction (see ChangeLog). */
    private void changed(int number) {
        if (logged.add(number)) {
            ChangeLog.record(em, plan.code(), number);
        }
    }

    @Override
    public Set<String> uidsEverUsed() {
        return new HashSet<>(em.createQuery(
                "select distinct c.uid from ClauseEntity c where c.version.plan.code = :code", String.class)
                .setParameter("code", plan.code()).getResultList());
    }

    @Override
    public String lastEditor(int number, String uid) {
        return em.createQuery("select a.username from AuditEntity a where a.planCode = :plan and a.version = :version"
                + " and a.clauseUid = :uid order by a.id desc", String.class)
                .setParameter("plan", plan.code()).setParameter("version", number).setParameter("uid", uid)
                .setMaxResults(1).getResultList().stream().findFirst().orElse("");
    }

    @Override
    public List<AuditEntry> history(int number) {
        return history(em, plan.code(), number);
    }

    static List<AuditEntry> history(EntityManager em, String planCode, int number) {
        return em.createQuery("select a from AuditEntity a where a.planCode = :plan and a.version = :version"
                + " order by a.id", AuditEntity.class)
                .setParameter("plan", planCode).setParameter("version", number).getResultList().stream()
                .map(AuditEntity::toDomain).toList();
    }

    @Override
    public void audit(AuditEntry entry) {
        em.persist(new AuditEntity(entry));
    }

    private PlanVersionEntity row(int number) {
        return versionRow(em, plan.code(), number)
                .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + plan.code()));
    }

    static Optional<PlanVersionEntity> versionRow(EntityManager em, String code, int number) {
        return em.createQuery("select v from PlanVersionEntity v where v.plan.code = :code and v.number = :number",
                PlanVersionEntity.class).setParameter("code", code).setParameter("number", number)
                .getResultList().stream().findFirst();
    }

    static List<PlanVersionEntity> versionRows(EntityManager em, String code) {
        return em.createQuery("select v from PlanVersionEntity v where v.plan.code = :code order by v.number",
                PlanVersionEntity.class).setParameter("code", code).getResultList();
    }

    static List<ClauseEntity> rowsOf(EntityManager em, PlanVersionEntity version) {
        return em.createQuery("select c from ClauseEntity c where c.version = :version order by c.ordinal",
                ClauseEntity.class).setParameter("version", version).getResultList();
    }

    static PlanVersion toDomain(PlanVersionEntity v, List<Clause> clauses) {
        return new PlanVersion(v.plan().toDomain(), v.number(), v.status(), v.createdAt(), v.publishedAt(),
                v.sourceName(), clauses);
    }
}
