package org.plantrace.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What /health says in each state, and that it says nothing internal. */
class HealthReportTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void databaseReadAndIndexCurrentIsOk() throws Exception {
        HealthReport r = HealthReport.of("H2", () -> 3, () -> Optional.of(0));
        JsonNode j = JSON.readTree(r.json());
        assertEquals("ok", j.get("status").asText());
        assertEquals(200, r.httpStatus());
        assertEquals(3, j.get("database").get("plans").asInt());
        assertTrue(j.get("database").get("reachable").asBoolean());
        assertEquals(0, j.get("search").get("lag").asInt());
        assertFalse(j.get("version").asText().isBlank());
        assertFalse(j.get("version").asText().contains("${"), "the build filled the version in");
    }

    @Test
    void anIndexBehindOrMissingIsDegradedButServed() throws Exception {
        HealthReport behind = HealthReport.of("PostgreSQL", () -> 3, () -> Optional.of(2));
        assertEquals("degraded", behind.status());
        assertEquals(200, behind.httpStatus());
        HealthReport none = HealthReport.of("H2", () -> 3, Optional::empty);
        assertEquals("degraded", none.status());
        assertFalse(JSON.readTree(none.json()).get("search").get("available").asBoolean());
    }

    @Test
    void anUnreadableDatabaseIsDownWithoutInternals() throws Exception {
        HealthReport r = HealthReport.of("PostgreSQL", () -> {
            throw new IllegalStateException("Connection to db.internal:5432 refused at /srv/secret");
        }, () -> Optional.of(0));
        assertEquals("down", r.status());
        assertEquals(503, r.httpStatus());
        assertFalse(r.json().contains("db.internal") || r.json().contains("/srv/secret"), r.json());
        assertFalse(JSON.readTree(r.json()).get("database").get("reachable").asBoolean());
    }
}
