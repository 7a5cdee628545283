package org.plantrace.web.cache;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.plantrace.web.i18n.LocaleChoice;

/**
 * Serves the public's reading pages from {@link PageCache} (see the package). A GET is answered
 * from the cache only when the reader has no session: a session is how someone is signed in, and
 * reading creates none (issue #15 item 3), so a request without one is anonymous and sees what
 * every anonymous reader sees in its language. What is kept: a 200 that set no cookie and created
 * no session, for the addresses named in the init parameter {@code pages} (comma-separated; an
 * entry ending in {@code *} is a prefix). Errors, redirects, signed-in readers and other methods
 * go through untouched.
 *
 * <p>Every request that is not a GET or HEAD may change what readers see (a publication, a link
 * decision, a review, an account's name): when it is done, a new generation begins. The versions
 * stored by other routes (a background upload, another node) are told by {@link ReadingPages}.
 *
 * <p>Kept pages carry a strong ETag (a digest of the body) and Last-Modified; a conditional GET
 * that matches gets 304. {@code Cache-Control: no-cache} makes browsers ask each time (a published
 * version can change at any moment), {@code Vary: Cookie} because the language is a cookie. Mapped
 * after the security filter, so a page served from here has the security headers too.
 */
public class PageCacheFilter extends HttpFilter {
    static final String HIT_HEADER = "X-PlanTrace-Cache";
    private List<String> pages = List.of();
    private PageCache cache;

    @Override
    public void init() {
        String configured = getInitParameter("pages");
        if (configured != null) {
            pages = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        cache = CDI.current().select(ReadingPages.class).get().cache();
    }

    /** For tests: a filter over a cache of their own. */
    void use(PageCache cache, List<String> pages) {
        this.cache = cache;
        this.pages = List.copyOf(pages);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!cache.enabled() || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(method)) {
            try {
                chain.doFilter(request, new Changing(response, cache));
            } finally {
                // after the change committed: a page rendered from before it is refused by put()
                cache.invalidate();
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!kept(path) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(path, request);
        CachedPage page = cache.get(key);
        if (page != null) {
            send(page, request, response, "hit");
            return;
        }
        long generation = cache.generation();
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            return;
        }
        byte[] body = capture.body();
        if (capture.status() != HttpServletResponse.SC_OK || capture.setsCookie() || request.getSession(false) != null
                || response.getContentType() == null) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        long now = System.currentTimeMillis();
        page = new CachedPage(response.getContentType(), capture.headers(), body, etag(body), now - now % 1000,
                generation, System.nanoTime());
        cache.put(key, page);
        send(page, request, response, "miss");
    }

    /** Address, query and language: all an anonymous page depends on. */
    static String key(String path, HttpServletRequest request) {
        String query = request.getQueryString();
        return LocaleChoice.tag(LocaleChoice.of(request)) + ' ' + path + (query == null ? "" : "?" + query);
    }

    boolean kept(String path) {
        for (String p : pages) {
            if (p.endsWith("*") ? path.startsWith(p.substring(0, p.length() - 1)) : path.equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String how)
            throws IOException {
        if (!response.isCommitted() && "hit".equals(how)) {
            response.setContentType(page.contentType());
            for (Map.Entry<String, String> h : page.headers()) {
                response.addHeader(h.getKey(), h.getValue());
            }
        }
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader(HIT_HEADER, how);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** If-None-Match decides when sent (RFC 9110 13.2.2); else If-Modified-Since. */
    static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(page.etag()) || t.equals("W/" + page.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // not a date: answer in full
        }
        return since >= 0 && page.lastModified() <= since;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A POST's response: the kept pages are dropped before any of it can reach the reader (its
     * redirect, its error, its first byte), so a reader who follows the redirect never gets a page
     * kept from before the change — the action committed by then. Dropped again when the POST ends.
     */
    private static final class Changing extends HttpServletResponseWrapper {
        private final PageCache cache;

        Changing(HttpServletResponse response, PageCache cache) {
            super(response);
            this.cache = cache;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            cache.invalidate();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            cache.invalidate();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            cache.invalidate();
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            cache.invalidate();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            cache.invalidate();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            cache.invalidate();
            super.flushBuffer();
        }
    }
}
