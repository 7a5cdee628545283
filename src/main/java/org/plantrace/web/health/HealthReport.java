package org.plantrace.web.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The health of one node, as JSON:
 * {@code {"status":"ok|degraded|down","version","database":{"kind","reachable","plans","problem"},"search":{"available","lag"}}}.
 * {@code down} (HTTP 503) when the database cannot be read: the node can serve nothing true.
 * {@code degraded} (HTTP 200) when search is unavailable or behind the database: pages still work,
 * search may miss the newest changes. No internals: no URL, no stack trace, no path.
 */
public final class HealthReport {
    public static final String OK = "ok";
    public static final String DEGRADED = "degraded";
    public static final String DOWN = "down";

    private final String status;
    private final String json;

    private HealthReport(String status, String json) {
        this.status = status;
        this.json = json;
    }

    /**
     * @param databaseKind H2 or PostgreSQL
     * @param plans        counts the stored plans (reads the database); throws when it cannot
     * @param searchLag    the index's lag, empty when search is unavailable
     */
    public static HealthReport of(String databaseKind, IntSupplier plans, Supplier<Optional<Integer>> searchLag) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        ObjectNode db = root.putObject("database").put("kind", databaseKind);
        boolean reachable;
        try {
            db.put("plans", plans.getAsInt());
            reachable = true;
        } catch (RuntimeException e) {
            reachable = false;
            // for operators and load balancers, in English like the rest of this JSON
            db.put("problem", "database cannot be read: " + e.getClass().getSimpleName());
        }
        db.put("reachable", reachable);
        ObjectNode search = root.putObject("search");
        Optional<Integer> lag = Optional.empty();
        if (reachable) {
            try {
                lag = searchLag.get();
            } catch (RuntimeException e) {
                lag = Optional.empty();
            }
        }
        search.put("available", lag.isPresent());
        if (lag.isPresent()) {
            search.put("lag", lag.get());
        }
        String status = !reachable ? DOWN : lag.isEmpty() || lag.get() > 0 ? DEGRADED : OK;
        root.put("status", status);
        root.put("version", version());
        return new HealthReport(status, root.toString());
    }

    public String status() {
        return status;
    }

    public String json() {
        return json;
    }

    /** 503 only when the node cannot serve at all, so a balancer keeps a degraded node in rotation. */
    public int httpStatus() {
        return DOWN.equals(status) ? 503 : 200;
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = HealthReport.class.getResourceAsStream("/org/plantrace/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
