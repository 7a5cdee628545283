package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issue #14.10: every page names an icon, and the icon is served (not a 404 in every tab). */
class FaviconIT {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesLinkAnIconThatIsServed() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("rel=\"icon\"") && home.body().contains("/resources/img/favicon.svg"));
        HttpResponse<String> icon = get("/resources/img/favicon.svg");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.body().startsWith("<svg"), icon.body());
    }
}
