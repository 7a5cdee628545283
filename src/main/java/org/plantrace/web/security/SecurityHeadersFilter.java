package org.plantrace.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the security headers on every response before anything is written, so errors and static
 * files get them too. The policy allows scripts, styles and images from this site only: no inline
 * script or style, no {@code eval}, nothing from elsewhere; the pages are built for that (scripts
 * in {@code webapp/resources/js}, styles in CSS files, data in {@code data-} attributes).
 */
public class SecurityHeadersFilter extends HttpFilter {
    /**
     * {@code img-src data:} is for Leaflet's marker and layer-control icons, which its CSS embeds as
     * data: URLs. Leaflet sets element positions through the CSSOM ({@code element.style.x = …}),
     * which {@code style-src 'self'} does not restrict, so no {@code 'unsafe-inline'} is needed.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'self'",
            "form-action 'self'", "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // for browsers that predate frame-ancestors
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            // only over HTTPS: browsers ignore it on plain HTTP, and it must not lock a test site out
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
