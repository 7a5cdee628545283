package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;

/** App nodes simulated in one JVM for the tests of what holds across nodes: one persistence unit each. */
public final class InJvmNodes {
    private InJvmNodes() {
    }

    /**
     * A node's persistence unit on the shared database, named {@code name} in the change log. Two
     * nodes in one JVM: EclipseLink shares one session per unit unless each is named.
     */
    public static EntityManagerFactory open(DatabaseSettings db, String name) {
        return PlanTracePersistence.open(db, Map.of(ChangeLog.NODE_PROPERTY, name, "eclipselink.session-name",
                name + "-" + db.url(), PlanTracePersistence.LOGGING_LEVEL, "OFF"));
    }
}
