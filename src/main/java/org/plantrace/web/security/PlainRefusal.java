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
    private PlainRefusal() {
    }

    static void write(HttpServletResponse response, int status, String title, String text) throws IOException {
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String page = String.join("\n", "<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>",
                "<meta charset=\"UTF-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "<title>" + title + " · PlanTrace</title>", "<link rel=\"stylesheet\" href=\"/resources/css/error.css\">",
                "</head>", "<body>", "<h1>" + title + "（" + status + "）</h1>", "<p>" + text + "</p>",
                "<p><a href=\"/\">返回规划目录</a></p>", "</body>", "</html>", "");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
