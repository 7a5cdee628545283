package org.plantrace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.plantrace.web.map.MapLayers;
import org.plantrace.web.view.ClauseView;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.PlanSummary;

/**
 * The clause page, {@code /clause/{uid}}: the clause with its path, text, children and
 * neighbours. An unknown uid answers 404 so the container shows the Chinese not-found page and
 * crawlers and link checkers see a real 404.
 */
@Named("clausePage")
@RequestScoped
public class ClausePage {
    @Inject
    PublishedPlans plans;
    @Inject
    FacesContext faces;

    private String uid;
    private ClauseView clause;
    private PlanSummary plan;

    /** Runs as the view action, after the uid parameter is set. */
    public void load() {
        PlanIndex index = plans.current().orElse(null);
        clause = index == null ? null : index.clause(uid).orElse(null);
        if (clause == null) {
            ExternalContext ec = faces.getExternalContext();
            try {
                ec.responseSendError(404, org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "error.noClause"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        plan = index.summary();
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public ClauseView getClause() {
        return clause;
    }

    public PlanSummary getPlan() {
        return plan;
    }

    /** Whether the plan's package has map layers; without them the page shows no map section at all. */
    public boolean isMapAvailable() {
        return clause != null && MapLayers.of(plan.code()).isPresent();
    }

    /** Where clause-map.js fetches the map's GeoJSON: {@code /geo/clause/{uid}.json}. */
    public String getMapSource() {
        return faces.getExternalContext().getRequestContextPath() + "/geo" + clause.self().path() + ".json";
    }
}
