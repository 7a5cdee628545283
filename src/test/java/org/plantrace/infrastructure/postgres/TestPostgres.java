package org.plantrace.infrastructure.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests, named by {@code PLANTRACE_TEST_PG_URL} (user and password as
 * URL parameters; .ci/run starts Debian's postgresql and sets it). Each test gets a schema of its
 * own, dropped afterwards. Without the variable the tests are skipped locally with a message; on CI
 * (CI=true) they fail instead, so the PostgreSQL route cannot silently stop being tested.
 */
public final class TestPostgres implements AutoCloseable {
    static final String ENV = "PLANTRACE_TEST_PG_URL";

    private final String server;
    private final String schema;

    private TestPostgres(String server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    public static TestPostgres freshSchema() throws SQLException {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            String message = ENV + " is not set: start PostgreSQL and set it, e.g. "
                    + "jdbc:postgresql://localhost:5432/plantrace_test?user=plantrace&password=plantrace (see .ci/run)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " — required on CI");
            }
            Assumptions.abort(message);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new TestPostgres(url, schema);
    }

    /** The URL of this test's own schema. */
    public String url() {
        // public stays on the search path: the PostGIS extension's types and functions live there
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
