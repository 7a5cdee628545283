package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.plantrace.infrastructure.DataDirectory;

/**
 * Opens the persistence unit {@value #UNIT} on the H2 database inside a data directory. Usable
 * without CDI: the command line and tests call it directly, the web app through
 * {@link EntityManagerFactoryProducer}.
 */
public final class PlanTracePersistence {
    public static final String UNIT = "plantrace";
    /** Property value for {@code eclipselink.logging.level}. */
    public static final String LOGGING_LEVEL = "eclipselink.logging.level";

    /**
     * H2 writes a commit to the file before the commit returns, instead of up to 500 ms later from
     * a background thread (its default). Without this a save the user was told succeeded
     * ("已保存") could be lost when the process is killed (issue #15.1,
     * AcknowledgedSavesSurviveKillTest). The write reaches the operating system, not the platter:
     * it survives the process being killed, not a power cut (see docs/durability.md).
     */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

    private PlanTracePersistence() {
    }

    public static EntityManagerFactory open(DataDirectory data) {
        return open(data, Map.of());
    }

    /** Opens the unit; {@code overrides} win over persistence.xml (e.g. a logging level). */
    public static EntityManagerFactory open(DataDirectory data, Map<String, ?> overrides) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", jdbcUrl(data));
        properties.put("jakarta.persistence.jdbc.user", "sa");
        properties.put("jakarta.persistence.jdbc.password", "");
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
        // the path goes into the URL verbatim; H2 reads ';' as the start of its settings
        String path = data.database().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("data directory path must not contain ';': " + path);
        }
        return "jdbc:h2:file:" + path + DURABLE_COMMITS;
    }
}
