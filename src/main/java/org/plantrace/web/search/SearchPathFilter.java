package org.plantrace.web.search;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /search?q=…}, the address the search boxes submit to, is forwarded to
 * {@code /search.xhtml}; the forwarded request keeps the query string, so the page reads the same
 * parameters either way and the reader keeps the short address.
 */
public class SearchPathFilter extends HttpFilter {
    static final String SEARCH_VIEW = "/search.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.getRequestDispatcher(SEARCH_VIEW).forward(request, response);
    }
}
