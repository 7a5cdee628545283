package org.plantrace.web.cache;

import java.util.List;
import java.util.Map;

/**
 * One kept response: what the first reader got (always a 200), with the headers the page itself
 * set — not the security headers, which the security filter sets on every response anew.
 *
 * @param contentType   the Content-Type the page was written with
 * @param headers       headers the page set, in order (name, value)
 * @param body          the bytes sent
 * @param etag          a strong validator of the body, quoted ({@code "…"})
 * @param lastModified  when it was rendered, epoch milliseconds rounded down to the second (HTTP dates have seconds)
 * @param generation    the {@link PageCache} generation it was rendered in
 * @param renderedNanos {@link System#nanoTime()} when it was kept, for the maximum age
 */
public record CachedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag,
        long lastModified, long generation, long renderedNanos) {

    public CachedPage {
        headers = List.copyOf(headers);
    }

    /** What the page costs the heap, roughly: the body and the headers. */
    long weight() {
        long w = body.length + 200L;
        for (Map.Entry<String, String> h : headers) {
            w += 2L * (h.getKey().length() + h.getValue().length()) + 40;
        }
        return w;
    }
}
