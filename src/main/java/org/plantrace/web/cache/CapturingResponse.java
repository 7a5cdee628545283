package org.plantrace.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds back the body of a page being rendered so that it can be kept and given an ETag: status and
 * headers go through to the real response at once (so the security headers set before stay), the
 * body waits in memory until {@link PageCacheFilter} writes it. An error or a redirect is handed to
 * the real response untouched: such a response is never kept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean passedThrough;
    private boolean cookie;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** The body written so far (the writer flushed first). */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    int status() {
        return status;
    }

    /** The page set headers of its own (a cookie among them) or handed over to an error or redirect. */
    List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    /** An error or a redirect went to the real response: nothing to write, nothing to keep. */
    boolean passedThrough() {
        return passedThrough;
    }

    /** The page set a cookie: it is someone's own, never kept. */
    boolean setsCookie() {
        return cookie || headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Set-Cookie"));
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a kept page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie c) {
        cookie = true;
        super.addCookie(c);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
        headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        // through the real response, which formats the date; not kept: a date is this response's own
        super.setDateHeader(name, date);
    }

    @Override
    public void setContentLength(int len) {
        // the filter sets the length of what it writes
    }

    @Override
    public void setContentLengthLong(long len) {
        // the filter sets the length of what it writes
    }

    @Override
    public void setBufferSize(int size) {
        // everything is held until the page is complete
    }

    @Override
    public void flushBuffer() {
        // nothing goes out before the page is complete
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
        status = SC_OK;
    }
}
