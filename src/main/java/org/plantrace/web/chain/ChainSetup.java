package org.plantrace.web.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.plantrace.application.IngestService;
import org.plantrace.application.chain.LowerPlanService;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.planpackage.PlanPackages;

/**
 * Wires {@link LowerPlanService} for the web app with the app's ingest (whose listeners derive
 * links and index the new version).
 */
@ApplicationScoped
public class ChainSetup {
    @Produces
    @ApplicationScoped
    LowerPlanService lowerPlans(PlanRepository repository, IngestService ingest) {
        // the parent's own gazetteer, from its plan package (a township inherits its parent's)
        return new LowerPlanService(repository, ingest, parent -> PlanPackages.located().linker(parent.code()).gazetteer());
    }
}
