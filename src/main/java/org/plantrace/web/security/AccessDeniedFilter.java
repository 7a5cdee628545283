package org.plantrace.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.plantrace.domain.account.AccessDeniedException;

/**
 * Turns an {@link AccessDeniedException} thrown anywhere below — a servlet, a filter, or Faces when
 * its own handler could not answer — into HTTP 403, which the container shows as the Chinese
 * {@code /403.xhtml}. Anything else passes through untouched.
 */
public class AccessDeniedFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(AccessDeniedFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<AccessDeniedException> denied = find(e);
            if (denied.isEmpty()) {
                throw e;
            }
            LOG.info(() -> "403 " + request.getMethod() + " " + request.getRequestURI() + ": " + denied.get().getMessage());
            if (response.isCommitted()) {
                // part of the page is out already: nothing better than to stop here
                return;
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The AccessDeniedException in a chain of causes (Faces and EL wrap what beans throw). */
    public static Optional<AccessDeniedException> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return Optional.of(denied);
            }
            if (t instanceof ServletException se && se.getRootCause() != null && se.getRootCause() != t.getCause()) {
                Optional<AccessDeniedException> inner = find(se.getRootCause());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }
}
