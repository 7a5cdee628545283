package org.plantrace.application.review;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.plantrace.application.IngestService;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaAuditLog;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.JpaPlanWriter;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.infrastructure.review.JpaReviewRepository;

/**
 * A real H2 store in a temp folder with the Hunyuan seed published as version 1, and the services
 * review and upload use on it: as the web app wires them, without CDI.
 */
public final class SeedPlanStore implements AutoCloseable {
    public static final String CODE = "hunyuan-2021-2035";
    public static final Path SEED_FOLDER = Path.of("corpus/hunyuan");
    public static final Path SEED_TEXT = SEED_FOLDER.resolve("hunyuan-2021-2035.txt");
    public static final Actor DRAFTER = Actor.of("drafter", Role.DRAFTER);
    public static final Actor DRAFTER2 = Actor.of("drafter2", Role.DRAFTER);
    public static final Actor REVIEWER = Actor.of("reviewer", Role.REVIEWER);
    public static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    public final EntityManagerFactory factory;
    public final JpaPlanWriter writer;
    public final JpaAuditLog auditLog;
    public final AuditTrail audit;
    public final AuthoringService authoring;
    public final JpaReviewRepository reviews;
    public final ReviewService review;

    public SeedPlanStore(Path dir) throws Exception {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        new IngestService(new JpaPlanRepository(factory)).ingest(SEED_FOLDER, true);
        writer = new JpaPlanWriter(factory);
        auditLog = new JpaAuditLog(factory);
        audit = new AuditTrail(auditLog);
        authoring = new AuthoringService(writer);
        reviews = new JpaReviewRepository(factory);
        review = new ReviewService(reviews, authoring, audit);
    }

    public PlanVersion version(int number) {
        return writer.version(CODE, number).orElseThrow();
    }

    public List<PlanVersion> versions() {
        return writer.versionList(CODE);
    }

    public static Clause find(PlanVersion v, String heading) {
        List<Clause> found = ClauseTree.flatten(v.clauses()).stream().filter(c -> c.heading().equals(heading)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " clauses headed " + heading);
        }
        return found.get(0);
    }

    public List<AuditEntry> auditOf(String uid) {
        return auditLog.entries(AuditQuery.clause(CODE, uid, AuditQuery.MAX_LIMIT));
    }

    @Override
    public void close() {
        factory.close();
    }
}
