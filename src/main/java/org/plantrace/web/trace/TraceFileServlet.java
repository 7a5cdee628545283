package org.plantrace.web.trace;

import org.plantrace.web.i18n.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.application.trace.output.TraceCsv;
import org.plantrace.application.trace.output.TraceXlsx;

/**
 * {@code /trace/file?format=csv|xlsx[&township=…][&chapter=…&category=…&mandatory=true&verdict=…]}:
 * the matrix the page shows, with its filters, written by the command line's writers
 * ({@link TraceCsv}, {@link TraceXlsx}) so the files and the {@code trace} command cannot differ.
 * Written in memory first: a failure is an error page, never half a file. Never cached by shared
 * caches: what a reader gets depends on whether they may see drafts. Weld does not inject into
 * servlets on Jetty 12, hence {@link CDI#current()}.
 */
public class TraceFileServlet extends HttpServlet {
    private static final String TRACE = "org.plantrace.web.i18n.Trace";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String format = request.getParameter("format");
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, Texts.in(request, TRACE, "servlet.noFormat"));
            return;
        }
        TraceFilters filters = TraceFilters.of(request.getParameter("chapter"), request.getParameter("category"),
                request.getParameter("mandatory"), request.getParameter("verdict"));
        if (filters.verdict() != null && !TraceFilters.isVerdict(filters.verdict())) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, Texts.in(request, TRACE, "servlet.badVerdict"));
            return;
        }
        TraceReader reader = CDI.current().select(TraceReader.class).get();
        Optional<TraceSnapshot> snapshot = reader.snapshot();
        if (snapshot.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, TRACE, "servlet.noMatrix"));
            return;
        }
        String name = request.getParameter("township");
        TownshipTrace township = null;
        if (name != null && !name.isBlank()) {
            township = snapshot.get().township(name.strip()).orElse(null);
            if (township == null) {
                plain(response, HttpServletResponse.SC_NOT_FOUND, Texts.in(request, TRACE, "servlet.noTownship", name.strip()));
                return;
            }
        }
        TraceMatrix m = filters.matrix(snapshot.get(), reader.source().service(snapshot.get().county().plan().code()), township);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            TraceCsv.write(m, body);
            response.setContentType("text/csv");
            response.setCharacterEncoding("UTF-8");
        } else {
            TraceXlsx.write(m, body);
            response.setContentType(XLSX);
        }
        String file = Texts.in(request, TRACE, "servlet.fileName", m.countyVersion(), township == null ? "" : "-" + township.name(), format);
        response.setHeader("Content-Disposition", "attachment; filename=\"trace-v" + m.countyVersion() + "." + format
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().println(message);
    }
}
