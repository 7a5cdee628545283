package org.plantrace.web.compare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.web.startup.StartupReport;

/** Which plan a page is about: the one asked for, else the one the site shows, else the first stored. */
@ApplicationScoped
public class PlanChoice {
    @Inject
    StartupReport startup;
    @Inject
    PlanRepository plans;

    public String code(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        return startup.planCode().orElseGet(() -> plans.plans().stream().map(Plan::code).findFirst().orElse(""));
    }
}
