package org.plantrace.web.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.plantrace.application.conformance.ConformanceReviewService;
import org.plantrace.domain.conformance.ConformanceRecords;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.infrastructure.persistence.JpaJobClaims;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.engine.SpatialEngine;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * Wires {@link ConformanceReviewService} for the web app: the stored plans, the checklist rules of the
 * located templates folder (the township overlays in PostGIS where the database has it), and each
 * county plan's gazetteer from its plan package.
 */
@ApplicationScoped
public class ConformanceSetup {
    @Produces
    @ApplicationScoped
    ConformanceReviewService conformanceReviews(PlanRepository plans, ConformanceRecords records, SpatialEngine spatial,
            EntityManagerFactory factory) {
        // runs are claimed in the database: app nodes sharing it never run one township's review at once
        return new ConformanceReviewService(plans, RuleBasedChecklists.standard(spatial),
                code -> PlanPackages.located().linker(code).gazetteer(), records, Clock.systemUTC(),
                new JpaJobClaims(factory, Clock.systemUTC()));
    }
}
