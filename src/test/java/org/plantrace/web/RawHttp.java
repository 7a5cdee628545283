package org.plantrace.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests no browser would send — malformed encodings, chunked bodies, truncated multipart — for
 * the hardening tests, and the checks every error answer must pass: the app's own page with the
 * security headers and a correlation id, no stack trace, no names of the software inside.
 */
final class RawHttp {
    private static final Pattern REFERENCE = Pattern.compile("id=\"correlation-id\">[^<]*?([a-z2-9]{8})<");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RawHttp() {
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path));
    }

    static HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body without Content-Length: the client sends it chunked. */
    static HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /**
     * Fails unless the response is the app's own error page: the expected status, the security
     * headers, a correlation id, and nothing of the inside (stack frames, exception or server names).
     * Answers the correlation id.
     */
    static String assertOwnErrorPage(HttpResponse<String> r, int status) {
        return assertOwnErrorPage(Answer.of(r), status);
    }

    static String assertOwnErrorPage(Answer r, int status) {
        String where = r.what() + " (" + r.status() + "): " + r.body();
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ": " + where);
        }
        assertHeaders(r.headers(), where);
        String body = r.body();
        for (String inside : new String[] {"at org.", "at java.", "Exception", "jetty", "Jetty", "HTTP ERROR", "Caused by"}) {
            if (body.contains(inside)) {
                throw new AssertionError("the error page shows \"" + inside + "\": " + where);
            }
        }
        Matcher m = REFERENCE.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no correlation id: " + where);
        }
        return m.group(1);
    }

    static void assertHeaders(HttpResponse<String> r, String where) {
        assertHeaders(r.headers(), where);
    }

    static void assertHeaders(HttpHeaders h, String where) {
        if (!SecurityIT.CSP.equals(h.firstValue("Content-Security-Policy").orElse(null))
                || !"nosniff".equals(h.firstValue("X-Content-Type-Options").orElse(null))
                || !"DENY".equals(h.firstValue("X-Frame-Options").orElse(null))) {
            throw new AssertionError("security headers missing: " + h.map() + " " + where);
        }
    }

    /** A response, from the JDK client or from {@link #raw}. */
    record Answer(int status, HttpHeaders headers, String body, String what) {
        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.headers(), r.body(), r.request().method() + " " + r.request().uri());
        }
    }

    /**
     * Sends a request exactly as written — for a target the JDK's URI refuses ({@code ?q=%zz}) —
     * over a plain socket, HTTP/1.1 with Connection: close, and reads the whole answer.
     */
    static Answer raw(String method, String target, String headers, byte[] body) {
        return raw(null, method, target, headers, body);
    }

    /**
     * The same from a chosen local address: any 127.x.y.z reaches the server over loopback and is
     * the client address the server sees, so a test can be a client of its own (a rate limit per
     * address must not spill over to the other tests, which all come from 127.0.0.1).
     */
    static Answer raw(InetAddress local, String method, String target, String headers, byte[] body) {
        URI base = URI.create(Browser.baseUrl());
        try (Socket socket = new Socket()) {
            if (local != null) {
                socket.bind(new InetSocketAddress(local, 0));
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String head = method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n" + headers
                    + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, split).split("\r\n");
            Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                map.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
            String payload = text.substring(split + 4);
            if (map.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
                payload = dechunk(payload);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), HttpHeaders.of(map, (k, v) -> true), payload,
                    method + " " + target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        int at = 0;
        while (at < bytes.length) {
            int eol = indexOf(bytes, at);
            int size = Integer.parseInt(new String(bytes, at, eol - at, StandardCharsets.US_ASCII).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
