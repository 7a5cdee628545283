package org.plantrace.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal written by a filter itself, before the request's body is read: the container's error
 * pages go through Faces, which would read the request's parameters — that is, the very body being
 * refused. The connection is closed so that the rest of the body is not read either.
 */
final class PlainRefusal {
    private static final String COMMON = "org.plantrace.web.i18n.Common";

    private PlainRefusal() {
    }

    /**
     * The page in the reader's language (the language cookie is a header: nothing of the refused
     * body is read); {@code titleKey} and {@code textKey} name texts of the common bundle.
     */
    static void write(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, int status,
            String titleKey, String textKey) throws IOException {
        java.util.Locale locale = org.plantrace.web.i18n.LocaleChoice.of(request);
        String lang = org.plantrace.web.i18n.LocaleChoice.ENGLISH.equals(locale) ? "en" : "zh-CN";
        String title = org.plantrace.web.i18n.Texts.in(request, COMMON, titleKey);
        String text = org.plantrace.web.i18n.Texts.in(request, COMMON, textKey);
        String home = org.plantrace.web.i18n.Texts.in(request, COMMON, "refusal.home");
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String page = String.join("\n", "<!DOCTYPE html>", "<html lang=\"" + lang + "\">", "<head>",
                "<meta charset=\"UTF-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "<title>" + title + " · PlanTrace</title>", "<link rel=\"stylesheet\" href=\"/resources/css/error.css\">",
                "</head>", "<body>", "<h1>" + title + " (" + status + ")</h1>", "<p>" + text + "</p>",
                "<p><a href=\"/\">" + home + "</a></p>", "</body>", "</html>", "");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
