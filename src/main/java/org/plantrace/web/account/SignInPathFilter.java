package org.plantrace.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /signin} (the address people type and links use) is forwarded to {@code /signin.xhtml}. */
public class SignInPathFilter extends HttpFilter {
    static final String SIGN_IN_VIEW = "/signin.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.getRequestDispatcher(SIGN_IN_VIEW).forward(request, response);
    }
}
