package org.plantrace.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Gives every clause a stable, shareable address: {@code /clause/{uid}} is forwarded to
 * {@code /clause.xhtml?uid={uid}}. A forward (not a redirect) keeps the address the reader sees
 * and bookmarks. Anything that is not a single path segment is left to the 404 page.
 */
public class ClausePathFilter extends HttpFilter {
    /** The Facelets view that renders a clause. */
    static final String CLAUSE_VIEW = "/clause.xhtml";
    private static final String PREFIX = "/clause";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // servlet path + path info is the decoded path inside the app, whichever servlet would serve it
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String uid = uidFrom(path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : null);
        if (uid == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String target = CLAUSE_VIEW + "?uid=" + URLEncoder.encode(uid, StandardCharsets.UTF_8);
        request.getRequestDispatcher(target).forward(request, response);
    }

    /** The uid in "/{uid}", or null when the rest of the path is empty or has more segments. */
    static String uidFrom(String rest) {
        if (rest == null || !rest.startsWith("/")) {
            return null;
        }
        String uid = rest.substring(1);
        if (uid.endsWith("/")) {
            uid = uid.substring(0, uid.length() - 1);
        }
        return uid.isEmpty() || uid.contains("/") ? null : uid;
    }
}
