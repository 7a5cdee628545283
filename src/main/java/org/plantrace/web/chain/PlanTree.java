package org.plantrace.web.chain;

import org.plantrace.web.i18n.Words;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.plan.PlanChain;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.web.account.CurrentUser;
import org.plantrace.web.authoring.PlanPaths;

/**
 * {@code #{planTree}}: the plans by level as the home page lists them, each county plan followed by
 * the township and other plans it transmits to, with the status of the newest version the visitor
 * may read. The public sees only plans with a published (or superseded) version; signed-in
 * drafters, reviewers and admins see drafts and versions in review too.
 */
@Named("planTree")
@RequestScoped
public class PlanTree {
    @Inject
    PlanRepository plans;
    @Inject
    CurrentUser user;

    private List<PlanTreeRow> rows;

    public List<PlanTreeRow> getRows() {
        if (rows == null) {
            rows = rows(plans, user.may(Action.VIEW_DRAFT));
        }
        return rows;
    }

    /** More than one plan: a single plan needs no tree. */
    public boolean isChain() {
        return getRows().size() > 1 || getRows().stream().anyMatch(r -> r.depth() > 0);
    }

    public boolean isMayUpload() {
        return user.may(Action.UPLOAD_LOWER_PLAN);
    }

    /** The rows for a visitor who may ({@code drafts}) or may not read drafts; also the /plans list's order. */
    public static List<PlanTreeRow> rows(PlanRepository plans, boolean drafts) {
        List<PlanTreeRow> out = new ArrayList<>();
        for (PlanChain.Node node : PlanChain.of(plans.plans()).inOrder()) {
            String code = node.plan().code();
            Optional<VersionSummary> shown = plans.versionSummaries(code).stream()
                    .filter(v -> drafts || v.status().isPublic())
                    // the public reads the published version; a superseded one only when nothing newer is public
                    .max(Comparator.comparing((VersionSummary v) -> !drafts && v.published())
                            .thenComparingInt(VersionSummary::number));
            shown.ifPresent(v -> out.add(new PlanTreeRow(code, node.plan().name(), Words.here(node.plan().level()),
                    node.plan().township(), node.depth(), Words.here(v.status()),
                    v.status().name().toLowerCase().replace('_', '-'), PlanPaths.version(code, v.number()))));
        }
        return out;
    }
}
