package org.plantrace.web.trace;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.plantrace.application.trace.Place;
import org.plantrace.application.trace.output.TraceJson;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.map.ClauseGeoJson;
import org.plantrace.web.map.MapLayers;
import org.plantrace.web.view.MapRef;
import org.plantrace.web.view.PlanIndex;

/**
 * {@code /trace/at.json?lon=…&lat=…}: what applies at a point, as the {@code at} command prints it
 * (published versions only: the public's question); a point outside the county is an answer
 * ({@code "outside":true}, 200), malformed coordinates are 400 with a message. And
 * {@code /trace/townships.json}: the county outline and the township polygons, the map the page
 * clicks on. Weld does not inject into servlets on Jetty 12, hence {@link CDI#current()}.
 */
public class PlaceServlet extends HttpServlet {
    private static final String TRACE = "org.plantrace.web.i18n.Trace";
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PlanIndex> county = CDI.current().select(PublishedPlans.class).get().current();
        if (county.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, TRACE, "servlet.noCounty"));
            return;
        }
        if (request.getServletPath().endsWith("townships.json")) {
            Optional<LayerSet> layers = MapLayers.of(county.get().version().plan().code());
            if (layers.isEmpty()) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, TRACE, "servlet.noLayers"));
                return;
            }
            json(response, "application/geo+json",
                    ClauseGeoJson.build(layers.get(), List.of(MapRef.wholeLayer(LayerKind.TOWNSHIP))));
            return;
        }
        Double lon = Coordinates.degrees(request.getParameter("lon"), 180);
        Double lat = Coordinates.degrees(request.getParameter("lat"), 90);
        if (lon == null || lat == null) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST,
                    Texts.in(request, TRACE, "servlet.badPoint"));
            return;
        }
        try {
            Place place = CDI.current().select(TraceSource.class).get().places().at(county.get().version(), lon, lat);
            json(response, "application/json", TraceJson.place(place).getBytes(StandardCharsets.UTF_8));
        } catch (InputRejectedException e) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    private static void json(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().println(message);
    }
}
