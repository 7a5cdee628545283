package org.plantrace.web.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;

/** {@code /plans}: every plan, each linking to its versions. */
@Named("plansPage")
@RequestScoped
public class PlansPage {
    @Inject
    PlanRepository plans;

    /** @param name the plan's name, {@code path} its versions page */
    public record PlanRow(String code, String name, String level, String period, String path) {
    }

    public List<PlanRow> getRows() {
        return plans.plans().stream().map(p -> new PlanRow(p.code(), p.name(), p.level().label(), p.period(),
                PlanPaths.versions(p.code()))).toList();
    }

    static String label(Plan p) {
        return p.name();
    }
}
