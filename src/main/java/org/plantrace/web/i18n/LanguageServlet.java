package org.plantrace.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.plantrace.web.LocalPath;

/**
 * {@code /lang?to=en&back=/clause/…}: remembers the language in a cookie for a year and returns to
 * the page the reader was on. Only a preference changes, so a plain link (GET) is enough; the
 * return address must be a path inside the site, never another site.
 */
public class LanguageServlet extends HttpServlet {
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie cookie = new Cookie(LocaleChoice.COOKIE, LocaleChoice.tag(LocaleChoice.parse(request.getParameter("to"))));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + LocalPath.orHome(request.getParameter("back")));
    }
}
