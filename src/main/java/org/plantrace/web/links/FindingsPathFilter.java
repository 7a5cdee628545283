package org.plantrace.web.links;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /findings} is forwarded to {@code /findings.xhtml}: the short address drafters bookmark. */
public class FindingsPathFilter extends HttpFilter {
    static final String VIEW = "/findings.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
