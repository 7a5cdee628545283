package org.plantrace.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request and a response just real enough for the page cache filter: what a servlet container
 * does with them (status, headers, body, session, cookies), without a container. The servlet API
 * has no plain implementations, hence proxies; a method the filter is not expected to call fails.
 */
final class FakeHttp {
    private FakeHttp() {
    }

    static final class Request {
        String method = "GET";
        String uri = "/";
        String query;
        final List<Cookie> cookies = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        boolean session;

        Request(String method, String uri) {
            this.method = method;
            int q = uri.indexOf('?');
            this.uri = q < 0 ? uri : uri.substring(0, q);
            this.query = q < 0 ? null : uri.substring(q + 1);
        }

        HttpServletRequest servlet() {
            HttpSession httpSession = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (p, m, a) -> {
                        throw new UnsupportedOperationException(m.getName());
                    });
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getRequestURI" -> uri;
                        case "getContextPath" -> "";
                        case "getQueryString" -> query;
                        case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
                        case "getHeader" -> headers.get((String) a[0]);
                        case "getDateHeader" -> {
                            String v = headers.get((String) a[0]);
                            yield v == null ? -1L : Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(v)).toEpochMilli();
                        }
                        case "getSession" -> {
                            if (a != null && a.length == 1 && (Boolean) a[0]) {
                                session = true;
                            }
                            yield session ? httpSession : null;
                        }
                        case "toString" -> method + " " + uri;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    static final class Response {
        int status = 200;
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        String contentType;
        String encoding;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        PrintWriter writer;
        boolean committed;
        final List<Cookie> cookies = new ArrayList<>();

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.get(values.size() - 1);
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse servlet() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener l) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) a[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "sendError" -> {
                            status = (Integer) a[0];
                            committed = true;
                            yield null;
                        }
                        case "sendRedirect" -> {
                            status = 302;
                            committed = true;
                            yield null;
                        }
                        case "setHeader", "addHeader" -> {
                            List<String> values = headers.computeIfAbsent(((String) a[0]).toLowerCase(), k -> new ArrayList<>());
                            if (m.getName().equals("setHeader")) {
                                values.clear();
                            }
                            values.add((String) a[1]);
                            yield null;
                        }
                        case "setDateHeader" -> {
                            headers.put(((String) a[0]).toLowerCase(), new ArrayList<>(List.of(DateTimeFormatter.RFC_1123_DATE_TIME
                                    .format(Instant.ofEpochMilli((Long) a[1]).atOffset(ZoneOffset.UTC)))));
                            yield null;
                        }
                        case "addCookie" -> {
                            cookies.add((Cookie) a[0]);
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) a[0];
                            if (contentType.toLowerCase().contains("charset=")) {
                                encoding = contentType.substring(contentType.toLowerCase().indexOf("charset=") + 8);
                            }
                            yield null;
                        }
                        case "getContentType" -> contentType;
                        case "setCharacterEncoding" -> {
                            encoding = (String) a[0];
                            yield null;
                        }
                        case "getCharacterEncoding" -> encoding == null ? "ISO-8859-1" : encoding;
                        case "setContentLength", "setContentLengthLong", "setBufferSize", "flushBuffer", "setLocale" -> null;
                        case "getOutputStream" -> stream;
                        case "getWriter" -> {
                            if (writer == null) {
                                writer = new PrintWriter(new OutputStreamWriter(body, encoding == null ? "ISO-8859-1" : encoding));
                            }
                            yield writer;
                        }
                        case "isCommitted" -> committed;
                        case "resetBuffer" -> {
                            body.reset();
                            yield null;
                        }
                        case "toString" -> "response " + status;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }
}
