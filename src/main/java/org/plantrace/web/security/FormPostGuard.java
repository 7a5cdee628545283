package org.plantrace.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Two rules for forms (issue #15 item 8), before Faces sees the request:
 * <ol>
 * <li><b>Actions only on POST.</b> Faces takes any request that carries {@code jakarta.faces.ViewState}
 * for a postback and runs its action, a GET included; SameSite=Lax sends the session cookie with a
 * top-level GET from another site, so a link could run an action with a state seen before. A
 * request other than POST whose address carries the form state is refused with 405.</li>
 * <li><b>Same origin for POSTs.</b> The form state is the CSRF token; as a second layer a POST whose
 * {@code Origin} (or, without it, {@code Referer}) names another site — or the opaque origin
 * {@code null} — is refused with 403. A POST with neither header (not a browser) passes to the
 * token check. Behind a proxy, Jetty must be told the original host and scheme (forwarded
 * headers), or every browser POST would look cross-site.</li>
 * </ol>
 */
public class FormPostGuard extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(FormPostGuard.class.getName());
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("POST") && carriesViewState(request.getQueryString())) {
            LOG.info(() -> "405 " + method + " " + request.getRequestURI() + " with a form state in the address, from "
                    + request.getRemoteAddr());
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (method.equals("POST") && !sameOrigin(request)) {
            LOG.warning(() -> "403 cross-site POST " + request.getRequestURI() + " from " + request.getRemoteAddr()
                    + ": Origin " + request.getHeader("Origin") + ", Referer " + request.getHeader("Referer"));
            PlainRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, "refusal.crossSite.title",
                    "refusal.crossSite.text");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a query string has the form state among its names, however they are encoded. */
    static boolean carriesViewState(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // the error page answers a malformed query; here only the name matters
            }
            if (name.equalsIgnoreCase(VIEW_STATE)) {
                return true;
            }
        }
        return false;
    }

    /** Origin first, else Referer; neither means not a browser, left to the form-state check. */
    static boolean sameOrigin(HttpServletRequest request) {
        String own = origin(request.getScheme(), request.getServerName(), request.getServerPort());
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return own.equalsIgnoreCase(normalize(origin));
        }
        String referer = request.getHeader("Referer");
        return referer == null || own.equalsIgnoreCase(normalize(referer));
    }

    /** scheme://host[:port] of an Origin or Referer value; "" for anything else ("null", garbage). */
    static String normalize(String value) {
        try {
            URI uri = URI.create(value.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean standard = port == -1 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }
}
