package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.plantrace.infrastructure.DataDirectory;

/**
 * Opens the persistence unit {@value #UNIT} on the database of a data directory (H2 inside it, or the
 * PostgreSQL server its settings name). Usable
 * without CDI: the command line and tests call it directly, the web app through
 * {@link EntityManagerFactoryProducer}.
 */
public final class PlanTracePersistence {
    public static final String UNIT = "plantrace";
    /** Property value for {@code eclipselink.logging.level}. */
    public static final String LOGGING_LEVEL = "eclipselink.logging.level";

    private PlanTracePersistence() {
    }

    public static EntityManagerFactory open(DataDirectory data) {
        return open(data, Map.of());
    }

    /**
     * Opens the unit on the database configured for {@code data} ({@link DatabaseSettings}: the data
     * directory's H2 file unless PostgreSQL is configured); {@code overrides} win over
     * persistence.xml (e.g. a logging level).
     */
    public static EntityManagerFactory open(DataDirectory data, Map<String, ?> overrides) {
        return open(DatabaseSettings.of(data), overrides);
    }

    /** Migrates the given database's schema to this release (Flyway), then opens the unit on it. */
    public static EntityManagerFactory open(DatabaseSettings database, Map<String, ?> overrides) {
        SchemaMigrations.migrate(database);
        Map<String, Object> properties = new HashMap<>(database.jpaProperties());
        properties.putAll(overrides);
        return Persistence.createEntityManagerFactory(UNIT, properties);
    }

    /**
     * True if opening failed because another process holds the database file (H2 error 90020):
     * the web app and the command line cannot use one data directory at the same time.
     */
    public static boolean isDatabaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    static String jdbcUrl(DataDirectory data) {
        return DatabaseSettings.h2(data).url();
    }
}
