package org.plantrace.web.health;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.web.search.SearchIndex;

/**
 * {@code GET /health}: the node's {@link HealthReport}. Never cached, no session. Weld does not
 * inject into servlets on Jetty 12, so the beans are looked up per request (as GeoServlet does).
 */
public class HealthServlet extends HttpServlet {
    private transient String databaseKind;

    @Override
    public void init() {
        databaseKind = DatabaseSettings.of(DataDirectory.fromEnvironment()).kind();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlanRepository repository = CDI.current().select(PlanRepository.class).get();
        SearchIndex search = CDI.current().select(SearchIndex.class).get();
        HealthReport report = HealthReport.of(databaseKind, () -> repository.plans().size(), search::lag);
        byte[] body = report.json().getBytes(StandardCharsets.UTF_8);
        response.setStatus(report.httpStatus());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
