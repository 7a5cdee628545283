package org.plantrace.web.chain;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.web.account.CurrentUser;

/**
 * {@code #{townshipPlans.of(entityId)}}: the plans whose jurisdiction is that gazetteer entity, as
 * the visitor may see them, so that a township chip on a county clause page leads to the township's
 * own plans. Worked out once per request.
 */
@Named("townshipPlans")
@RequestScoped
public class TownshipPlans {
    @Inject
    PlanRepository plans;
    @Inject
    CurrentUser user;

    private Map<String, List<PlanTreeRow>> byEntity;

    public List<PlanTreeRow> of(String entityId) {
        if (byEntity == null) {
            byEntity = index(plans, user.may(Action.VIEW_DRAFT));
        }
        return entityId == null ? List.of() : byEntity.getOrDefault(entityId, List.of());
    }

    static Map<String, List<PlanTreeRow>> index(PlanRepository plans, boolean drafts) {
        Map<String, String> entityOf = new HashMap<>();
        for (Plan p : plans.plans()) {
            if (p.jurisdiction() != null && !p.jurisdiction().entityId().isEmpty()) {
                entityOf.put(p.code(), p.jurisdiction().entityId());
            }
        }
        Map<String, List<PlanTreeRow>> out = new HashMap<>();
        if (entityOf.isEmpty()) {
            return out;
        }
        for (PlanTreeRow row : PlanTree.rows(plans, drafts)) {
            String entity = entityOf.get(row.code());
            if (entity != null) {
                out.computeIfAbsent(entity, k -> new java.util.ArrayList<>()).add(row);
            }
        }
        return out;
    }
}
