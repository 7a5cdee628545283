package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issue #16.5: the running app answers /health with its database, its index lag and its release, no session. */
class HealthIT {
    @Test
    void theNodeReportsItsHealth() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertFalse(r.headers().firstValue("set-cookie").isPresent(), "a health probe gets no session");
        JsonNode j = new ObjectMapper().readTree(r.body());
        assertEquals("H2", j.get("database").get("kind").asText());
        assertTrue(j.get("database").get("reachable").asBoolean());
        assertTrue(j.get("database").get("plans").asInt() >= 1, "the plan loaded at start-up");
        assertTrue(j.get("search").get("available").asBoolean());
        assertEquals(0, j.get("search").get("lag").asInt(), r.body());
        assertEquals("ok", j.get("status").asText());
    }
}
