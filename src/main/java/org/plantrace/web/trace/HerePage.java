package org.plantrace.web.trace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.application.trace.Place;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.VersionSummary;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.authoring.PlanPaths;
import org.plantrace.web.view.PlanIndex;

/**
 * {@code /here?lon=…&lat=…}: "what applies here" — the township at the point, the control lines and
 * zones there (illustrative ones flagged) and the provisions in force, each linked to its citable
 * page. The map ({@code here-map.js}) turns a click into this address, so the answer is rendered on
 * the server, works without scripts, and creates no session. Published versions only.
 */
@Named("herePage")
@RequestScoped
public class HerePage {
    private static final Logger LOG = Logger.getLogger(HerePage.class.getName());

    @Inject
    PublishedPlans plans;
    @Inject
    TraceSource source;
    @Inject
    PlanRepository repository;
    @Inject
    FacesContext faces;

    private String lon;
    private String lat;
    private String problem;
    private Place place;
    private List<Provision> provisions = List.of();

    /** A provision at the point: which plan (county or township), its citation and page. */
    public record Provision(String plan, boolean county, String citation, String heading, String href) {
    }

    public void load() {
        Optional<PlanIndex> county = plans.current();
        if (county.isEmpty()) {
            problem = "trace.noCounty";
            return;
        }
        if ((lon == null || lon.isBlank()) && (lat == null || lat.isBlank())) {
            return;
        }
        Double x = Coordinates.degrees(lon, 180);
        Double y = Coordinates.degrees(lat, 90);
        if (x == null || y == null) {
            problem = "here.bad";
            faces.getExternalContext().setResponseStatus(400);
            return;
        }
        try {
            place = source.places().at(county.get().version(), x, y);
        } catch (InputRejectedException e) {
            LOG.log(Level.INFO, "no layers for what applies here", e);
            problem = "here.noMap";
            return;
        }
        String context = faces.getExternalContext().getRequestContextPath();
        String countyCode = county.get().version().plan().code();
        List<Provision> out = new ArrayList<>();
        for (Place.ClauseAt c : place.clauses()) {
            boolean isCounty = c.plan().equals(countyCode);
            String href = null;
            if (isCounty) {
                href = context + "/clause/" + c.uid();
            } else {
                Optional<VersionSummary> v = repository.latestPublishedSummary(c.plan());
                href = v.map(s -> context + PlanPaths.clause(c.plan(), s.number(), c.uid())).orElse(null);
            }
            String citation = c.citation() == null || c.citation().isBlank() ? c.path() : c.citation();
            out.add(new Provision(c.plan(), isCounty, citation, c.heading(), href));
        }
        provisions = out;
    }

    public String getProblem() {
        return problem;
    }

    public Place getPlace() {
        return place;
    }

    public List<Provision> getProvisions() {
        return provisions;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }
}
