package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 items 4 and 5, over plain HTTP against the running app: malformed requests that used
 * to get Jetty's page with a Java stack trace get the app's own error page, and no folder is
 * listed.
 */
class ErrorPagesIT {
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aMalformedQueryGetsTheOwnErrorPage() {
        String first = RawHttp.assertOwnErrorPage(RawHttp.raw("GET", "/search?q=%zz", "", new byte[0]), 400);
        String second = RawHttp.assertOwnErrorPage(RawHttp.raw("GET", "/search?q=%ff%fe", "", new byte[0]), 400);
        assertNotEquals(first, second, "every error has its own correlation id");
    }

    @Test
    void malformedFormsGetTheOwnErrorPage() {
        RawHttp.assertOwnErrorPage(RawHttp.post("/signin.xhtml", FORM, "a=%"), 400);
        RawHttp.assertOwnErrorPage(RawHttp.post("/search", FORM, "a=%"), 400);
        String keys = IntStream.range(0, 2000).mapToObj(i -> "k" + i + "=v").collect(Collectors.joining("&"));
        RawHttp.assertOwnErrorPage(RawHttp.post("/signin.xhtml", FORM, keys), 400);
    }

    @Test
    void aChunkedBodyOverTheLimitGetsTheOwnErrorPage() {
        byte[] body = ("x=" + "a".repeat(3 << 20)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = RawHttp.postChunked("/signin.xhtml", FORM, body);
        assertTrue(List.of(400, 411, 413).contains(r.statusCode()), r.statusCode() + " " + r.body());
        RawHttp.assertOwnErrorPage(r, r.statusCode());
    }

    @Test
    void aTruncatedMultipartBodyGetsTheOwnErrorPage() {
        String truncated = "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhello";
        RawHttp.assertOwnErrorPage(RawHttp.post("/signin.xhtml", "multipart/form-data; boundary=XX", truncated), 400);
    }

    @Test
    void anUnknownAddressIsStillTheNotFoundPage() {
        HttpResponse<String> r = RawHttp.send(RawHttp.request("/no-such-page").GET());
        assertEquals(404, r.statusCode());
        RawHttp.assertHeaders(r, r.body());
        // the error servlet answers only error dispatches: asked for directly, there is nothing there
        assertEquals(404, RawHttp.send(RawHttp.request("/error").GET()).statusCode());
    }

    @Test
    void noFolderIsListed() {
        for (String folder : List.of("/admin/", "/authoring/", "/resources/", "/resources/css/", "/webjars/", "/WEB-INF/")) {
            HttpResponse<String> r = RawHttp.send(RawHttp.request(folder).GET());
            assertTrue(r.statusCode() == 403 || r.statusCode() == 404, folder + " " + r.statusCode());
            assertFalse(r.body().contains("Directory:") || r.body().contains("href=\"accounts.xhtml\"")
                    || r.body().contains("href=\"plantrace.css\""), folder + " is listed: " + r.body());
            RawHttp.assertHeaders(r, folder);
        }
        // the files themselves are still served
        assertEquals(200, RawHttp.send(RawHttp.request("/resources/css/error.css").GET()).statusCode());
    }
}
