package org.plantrace.web.checklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /checklist?township=…} and {@code /checklist/diff?…}, the addresses the pages link to,
 * are forwarded to their views; the query string goes along, so the views read the same parameters.
 */
public class ChecklistPathFilter extends HttpFilter {
    static final String CHECKLIST_VIEW = "/checklist.xhtml";
    static final String DIFF_VIEW = "/checklist-diff.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = request.getServletPath().endsWith("/diff") ? DIFF_VIEW : CHECKLIST_VIEW;
        request.getRequestDispatcher(view).forward(request, response);
    }
}
