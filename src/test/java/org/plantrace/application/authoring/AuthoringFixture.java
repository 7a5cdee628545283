package org.plantrace.application.authoring;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaAuditLog;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.JpaPlanWriter;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.ingest.identity.DurableIds;
import org.plantrace.ingest.identity.Forests;

/** Authoring on a real H2 store in a temp folder, with the hand-built county plan published as version 1. */
final class AuthoringFixture implements AutoCloseable {
    static final Actor DRAFTER = Actor.of("drafter", Role.DRAFTER);
    static final Actor DRAFTER2 = Actor.of("drafter2", Role.DRAFTER);
    static final Actor REVIEWER = Actor.of("reviewer", Role.REVIEWER);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN);
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    final EntityManagerFactory factory;
    final JpaPlanRepository repository;
    final JpaPlanWriter writer;
    final AuditTrail audit;
    final AuthoringService service;
    /** Every version the service told its listener about, in order. */
    final List<PlanVersion> told = new ArrayList<>();

    AuthoringFixture(Path dir) {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        repository = new JpaPlanRepository(factory);
        writer = new JpaPlanWriter(factory);
        audit = new AuditTrail(new JpaAuditLog(factory));
        service = new AuthoringService(writer);
        service.addVersionListener(told::add);
    }

    static Plan plan(String code) {
        return new Plan(code, "浑源县国土空间总体规划（2021—2035年）", PlanLevel.COUNTY, "浑源县", 2021, 2035);
    }

    /** Stores the county plan as the published version 1 of a plan with this code. */
    PlanVersion publishedPlan(String code) {
        List<Clause> clauses = Forests.countyPlan();
        DurableIds.assignFresh(clauses);
        return repository.store(new PlanVersion(plan(code), 0, VersionStatus.PUBLISHED, T0, T0, "county.txt", clauses));
    }

    static Clause find(PlanVersion v, String heading) {
        return ClauseTree.flatten(v.clauses()).stream().filter(c -> c.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + heading));
    }

    static Clause byUid(PlanVersion v, String uid) {
        List<Clause> path = ClauseTree.pathTo(v.clauses(), uid);
        if (path.isEmpty()) {
            throw new AssertionError("no clause " + uid);
        }
        return path.get(path.size() - 1);
    }

    PlanVersion stored(String code, int number) {
        return writer.version(code, number).orElseThrow();
    }

    long auditCount(String code) {
        return audit.count(ADMIN, AuditQuery.plan(code, 1));
    }

    @Override
    public void close() {
        factory.close();
    }
}
