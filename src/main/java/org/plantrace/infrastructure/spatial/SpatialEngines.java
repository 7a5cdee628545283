package org.plantrace.infrastructure.spatial;

import jakarta.persistence.EntityManagerFactory;
import org.plantrace.infrastructure.persistence.ChangeLog;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.SpatialEngine;

/**
 * The one place that chooses where spatial questions run (issue #16.3): PostGIS when the store is
 * PostgreSQL with the extension, JTS in memory otherwise (H2, or PostgreSQL without PostGIS). The
 * web app and the command line both ask here.
 */
public final class SpatialEngines {
    private SpatialEngines() {
    }

    public static SpatialEngine of(EntityManagerFactory factory) {
        return postgisIn(factory) ? new PostgisEngine(factory) : JtsEngine.INSTANCE;
    }

    /** True if the database behind {@code factory} is PostgreSQL with the PostGIS extension. */
    public static boolean postgisIn(EntityManagerFactory factory) {
        if (!ChangeLog.shared(factory)) {
            return false; // H2: the query would only fill the log with a failed statement
        }
        try {
            return UnitOfWork.read(factory, em -> !em.createNativeQuery(
                    "SELECT 1 FROM pg_extension WHERE extname = 'postgis'").getResultList().isEmpty());
        } catch (RuntimeException e) {
            return false; // not PostgreSQL after all
        }
    }
}
