package org.plantrace.web.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.plantrace.application.IngestService;
import org.plantrace.application.chain.LowerPlanService;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.extract.entity.GazetteerLocator;

/**
 * Wires {@link LowerPlanService} for the web app with the app's ingest (whose listeners derive
 * links and index the new version).
 */
@ApplicationScoped
public class ChainSetup {
    private volatile Gazetteer gazetteer;

    @Produces
    @ApplicationScoped
    LowerPlanService lowerPlans(PlanRepository repository, IngestService ingest) {
        // the gazetteer the corpus folder holds; once each plan has its own package (issue #10,
        // item 2) this asks for the parent's package instead
        return new LowerPlanService(repository, ingest, parent -> gazetteer());
    }

    private Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            g = GazetteerLocator.loadOrEmpty();
            gazetteer = g;
        }
        return g;
    }
}
