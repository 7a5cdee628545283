package org.plantrace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address the reader sees (before any forward such as {@code /clause/{uid}} →
 * {@code clause.xhtml}), inside the app, for "come back here" links: sign-in's {@code from} and the
 * language switch's {@code back}. Pages use {@code #{here.encoded}}.
 */
@Named("here")
@RequestScoped
public class CurrentAddress {
    @Inject
    FacesContext faces;

    /** Path and query inside the app, e.g. {@code /clause/abc?x=1}. */
    public String getPath() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        Object error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path;
        String query;
        if (error != null) {
            // an error page: come back to the address that failed
            path = stripContext(error.toString());
            query = null;
        } else if (forwarded != null) {
            Object info = request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO);
            path = forwarded + (info == null ? "" : info.toString());
            Object q = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            query = q == null ? null : q.toString();
        } else {
            path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            query = request.getQueryString();
        }
        // a POST's query string is the form's own; coming back means coming back to the page
        if ("POST".equals(request.getMethod())) {
            query = null;
        }
        return LocalPath.orHome(query == null ? path : path + "?" + query);
    }

    /** {@link #getPath()} encoded for use as a query parameter value. */
    public String getEncoded() {
        return URLEncoder.encode(getPath(), StandardCharsets.UTF_8);
    }

    private String stripContext(String uri) {
        String context = ((HttpServletRequest) faces.getExternalContext().getRequest()).getContextPath();
        return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
