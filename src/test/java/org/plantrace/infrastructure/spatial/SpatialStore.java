package org.plantrace.infrastructure.spatial;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.infrastructure.postgres.TestPostgres;

/**
 * The two stores the spatial tests run on, one parameter each: the data folder's H2 file (spatial
 * queries in JTS) and PostgreSQL with PostGIS, named in the data folder's {@value DatabaseSettings#FILE}
 * (a schema of its own, {@link TestPostgres}). Without {@code PLANTRACE_TEST_PG_URL}, or without the
 * extension, the PostgreSQL case is skipped locally and fails on CI.
 */
public enum SpatialStore {
    H2("JTS"), POSTGIS("PostGIS");

    /** The engine {@link SpatialEngines#of} must choose for this store. */
    public final String engine;

    SpatialStore(String engine) {
        this.engine = engine;
    }

    /** A data folder under {@code tmp} on this store; close it to drop the PostgreSQL schema. */
    public Opened open(Path tmp) throws IOException, SQLException {
        Path data = Files.createDirectories(tmp.resolve("data-" + name().toLowerCase()));
        if (this == H2) {
            return new Opened(data, null);
        }
        TestPostgres pg = TestPostgres.freshSchema();
        Files.writeString(data.resolve(DatabaseSettings.FILE), "url=" + pg.url() + "\n", StandardCharsets.UTF_8);
        Opened opened = new Opened(data, pg);
        EntityManagerFactory f = opened.factory();
        try {
            if (!SpatialEngines.postgisIn(f)) {
                opened.close();
                String message = "PostGIS is not installed in the test database: apt-get install postgresql-15-postgis-3; "
                        + "CREATE EXTENSION postgis (see .ci/run)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail(message + " — required on CI");
                }
                Assumptions.abort(message);
            }
        } finally {
            f.close();
        }
        return opened;
    }

    /** A data folder on one store. */
    public record Opened(Path data, TestPostgres pg) implements AutoCloseable {
        /** The persistence unit on the store (migrated); the caller closes it. */
        public EntityManagerFactory factory() {
            return PlanTracePersistence.open(DataDirectory.at(data), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        }

        @Override
        public void close() throws SQLException {
            if (pg != null) {
                pg.close();
            }
        }
    }
}
