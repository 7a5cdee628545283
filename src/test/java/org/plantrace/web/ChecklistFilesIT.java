package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 2 over HTTP: a published version's checklist files are written once and served as
 * files with validators (a conditional request gets 304), and PDFs for several readers at once are
 * each whole.
 */
class ChecklistFilesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String address(String township, String format) {
        return Browser.baseUrl() + "/checklist/file?township=" + URLEncoder.encode(township, StandardCharsets.UTF_8)
                + "&format=" + format + "&version=1";
    }

    private static HttpResponse<byte[]> get(String uri, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPublishedChecklistIsServedAsAFileWithValidators() throws Exception {
        for (String format : List.of("pdf", "docx")) {
            String uri = address("王庄堡镇", format);
            HttpResponse<byte[]> first = get(uri);
            assertEquals(200, first.statusCode(), format);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + format));
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<byte[]> again = get(uri);
            assertArrayEquals(first.body(), again.body(), "the stored file, the same bytes each time");
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());

            HttpResponse<byte[]> byTag = get(uri, "If-None-Match", etag);
            assertEquals(304, byTag.statusCode(), format);
            assertEquals(0, byTag.body().length);
            HttpResponse<byte[]> byDate = get(uri, "If-Modified-Since", modified);
            assertEquals(304, byDate.statusCode(), format);
            assertEquals(200, get(uri, "If-None-Match", "\"something-else\"").statusCode());
        }
    }

    @Test
    void pdfsForSeveralReadersAtOnceAreEachWhole() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> downloads = new ArrayList<>();
        for (String township : List.of("王庄堡镇", "永安镇", "王庄堡镇", "永安镇")) {
            downloads.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(address(township, "pdf"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (CompletableFuture<HttpResponse<byte[]>> d : downloads) {
            HttpResponse<byte[]> r = d.get();
            assertEquals(200, r.statusCode());
            String head = new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1);
            String tail = new String(r.body(), r.body().length - 8, 8, StandardCharsets.ISO_8859_1);
            assertEquals("%PDF-", head);
            assertTrue(tail.contains("%%EOF"), tail);
        }
    }
}
