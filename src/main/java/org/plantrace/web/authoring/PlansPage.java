package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Words;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.chain.PlanTree;
import org.plantrace.web.chain.PlanTreeRow;

/**
 * {@code /plans}: every plan the visitor may read, in chain order (a county plan, then the plans it
 * transmits to), each linking to its versions. A lower plan still in draft is not listed for the
 * public: its title is not theirs to see yet.
 */
@Named("plansPage")
@RequestScoped
public class PlansPage {
    @Inject
    PlanRepository plans;
    @Inject
    CurrentUser user;

    /** @param name the plan's name, {@code path} its versions page */
    public record PlanRow(String code, String name, String level, String period, String path) {
    }

    public List<PlanRow> getRows() {
        Map<String, Plan> byCode = plans.plans().stream().collect(Collectors.toMap(Plan::code, Function.identity()));
        return PlanTree.rows(plans, user.may(Action.VIEW_DRAFT)).stream().map(PlanTreeRow::code)
                .map(byCode::get).filter(java.util.Objects::nonNull)
                .map(p -> new PlanRow(p.code(), p.name(), Words.here(p.level()), p.period(), PlanPaths.versions(p.code())))
                .toList();
    }

    static String label(Plan p) {
        return p.name();
    }
}
