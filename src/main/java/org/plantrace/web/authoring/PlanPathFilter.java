package org.plantrace.web.authoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forwards the version addresses to their Facelets views, keeping the address the reader sees
 * and cites: {@code /plans}, {@code /plans/{code}}, {@code /plans/{code}/audit},
 * {@code /plans/{code}/{n}}, {@code /plans/{code}/{n}/clauses/{uid}} and {@code …/edit}.
 * Anything else under /plans is a 404.
 */
public class PlanPathFilter extends HttpFilter {
    private static final String SEGMENT = "([^/]+)";
    private static final Pattern PLANS = Pattern.compile("/plans/?");
    private static final Pattern VERSIONS = Pattern.compile("/plans/" + SEGMENT + "/?");
    private static final Pattern AUDIT = Pattern.compile("/plans/" + SEGMENT + "/audit/?");
    private static final Pattern VERSION = Pattern.compile("/plans/" + SEGMENT + "/(\\d{1,9})/?");
    private static final Pattern CLAUSE = Pattern.compile("/plans/" + SEGMENT + "/(\\d{1,9})/clauses/" + SEGMENT + "/?");
    private static final Pattern EDIT = Pattern.compile("/plans/" + SEGMENT + "/(\\d{1,9})/clauses/" + SEGMENT + "/edit/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String target = target(path);
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            target += "&" + query;
        }
        request.getRequestDispatcher(target).forward(request, response);
    }

    /** The view and its parameters for an address, or null when there is none. */
    static String target(String path) {
        Matcher m;
        if (PLANS.matcher(path).matches()) {
            return "/authoring/plans.xhtml?from=plans";
        }
        if ((m = AUDIT.matcher(path)).matches()) {
            return "/authoring/audit.xhtml?plan=" + enc(m.group(1));
        }
        if ((m = EDIT.matcher(path)).matches()) {
            return "/authoring/edit.xhtml?plan=" + enc(m.group(1)) + "&v=" + m.group(2) + "&uid=" + enc(m.group(3));
        }
        if ((m = CLAUSE.matcher(path)).matches()) {
            return "/authoring/clause.xhtml?plan=" + enc(m.group(1)) + "&v=" + m.group(2) + "&uid=" + enc(m.group(3));
        }
        if ((m = VERSION.matcher(path)).matches()) {
            return "/authoring/version.xhtml?plan=" + enc(m.group(1)) + "&v=" + m.group(2);
        }
        if ((m = VERSIONS.matcher(path)).matches()) {
            return "/authoring/versions.xhtml?plan=" + enc(m.group(1));
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
