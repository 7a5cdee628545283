package org.plantrace.web.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /trace} and {@code /here}, the addresses pages link to, forwarded to their views with the query string. */
public class TracePathFilter extends HttpFilter {
    static final String TRACE_VIEW = "/trace.xhtml";
    static final String HERE_VIEW = "/here.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = request.getServletPath().equals("/here") ? HERE_VIEW : TRACE_VIEW;
        request.getRequestDispatcher(view).forward(request, response);
    }
}
