package org.plantrace.web.map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.plantrace.web.PublishedPlans;

/**
 * {@code /geo/clause/{uid}.json}: a clause's map features as GeoJSON, for {@code clause-map.js}.
 * Weld's servlet integration does not inject into servlets on Jetty 12, so the published plans are
 * looked up through {@link CDI#current()} per request (a cheap proxy look-up).
 */
public class GeoServlet extends HttpServlet {
    private transient ClauseMapEndpoint endpoint;

    @Override
    public void init() {
        // the layers of the plan whose clause is asked for: each plan has the layers of its own package
        endpoint = new ClauseMapEndpoint(GeoServlet::currentPlan,
                () -> currentPlan().flatMap(p -> MapLayers.of(p.version().plan().code())));
    }

    private static Optional<org.plantrace.web.view.PlanIndex> currentPlan() {
        return CDI.current().select(PublishedPlans.class).get().current();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> json = endpoint.json(request.getPathInfo());
        if (json.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/geo+json");
        response.setCharacterEncoding("UTF-8");
        // a drafter's link decision changes the features at any time: the browser revalidates each
        // view (the JSON itself is kept in memory, so this costs a look-up, not a rebuild)
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(json.get().length);
        response.getOutputStream().write(json.get());
    }
}
