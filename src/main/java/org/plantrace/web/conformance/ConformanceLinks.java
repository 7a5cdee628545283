package org.plantrace.web.conformance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code #{conformanceLinks.path(code)}}: the address of a township plan's conformance review page for
 * those who may review, empty otherwise (county plans, other levels, drafters, the public) — so the
 * plan tree and a township plan's pages show the link only where it leads somewhere.
 */
@Named("conformanceLinks")
@RequestScoped
public class ConformanceLinks {
    @Inject
    PlanRepository plans;
    @Inject
    CurrentUser user;

    public String path(String code) {
        if (code == null || !user.may(Action.CONFORMANCE_REVIEW)) {
            return "";
        }
        Plan plan = plans.plan(code).orElse(null);
        if (plan == null || plan.level() != PlanLevel.TOWNSHIP || plan.parent() == null) {
            return "";
        }
        return page(code);
    }

    static String page(String code) {
        return "/conformance-review.xhtml?plan=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
