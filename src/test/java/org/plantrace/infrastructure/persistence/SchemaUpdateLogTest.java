package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.infrastructure.DataDirectory;

/** A restart on an existing database logs no "constraint already exists" warning, and other warnings still show. */
class SchemaUpdateLogTest {
    @TempDir
    Path dir;

    @Test
    void restartLogsNoExistingConstraintButOtherWarnings() throws IOException {
        String second = restartLog(null);
        assertFalse(warnings(second).contains("already exists"), second);
        // the lazy-setting warning of every start is still there: only the one error code is demoted
        assertTrue(second.contains("[EL Warning]"), second);
    }

    @Test
    void existingConstraintsAreStillLoggedAtFine() throws IOException {
        // the control: EclipseLink still tries every constraint at restart, the failures only moved to FINE
        String second = restartLog("FINE");
        assertTrue(second.contains("[EL Fine]") && second.contains("already exists"), second);
        assertFalse(warnings(second).contains("already exists"), second);
    }

    @Test
    void constraintsStillExistAfterRestart() {
        DataDirectory data = DataDirectory.at(dir);
        open(data, null, dir.resolve("1.log")).close();
        EntityManagerFactory factory = open(data, null, dir.resolve("2.log"));
        try {
            var em = factory.createEntityManager();
            Number constraints = (Number) em.createNativeQuery("select count(*) from INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " where CONSTRAINT_NAME in ('UQ_PLAN_VERSION_NUMBER', 'UQ_CLAUSE_UID', 'FK_CLAUSE_VERSION_ID')")
                    .getSingleResult();
            em.close();
            assertTrue(constraints.intValue() == 3, "constraints: " + constraints);
        } finally {
            factory.close();
        }
    }

    /** The log entries at WARNING, each entry running to the next "[EL ". */
    private static String warnings(String log) {
        StringBuilder out = new StringBuilder();
        for (String entry : log.split("(?=\\[EL )")) {
            if (entry.startsWith("[EL Warning]")) {
                out.append(entry);
            }
        }
        return out.toString();
    }

    private String restartLog(String level) throws IOException {
        DataDirectory data = DataDirectory.at(dir);
        open(data, level, dir.resolve("first.log")).close();
        Path log = dir.resolve("second.log");
        open(data, level, log).close();
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static EntityManagerFactory open(DataDirectory data, String level, Path log) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("eclipselink.logging.file", log.toString());
        if (level != null) {
            overrides.put(PlanTracePersistence.LOGGING_LEVEL, level);
        }
        EntityManagerFactory factory = PlanTracePersistence.open(data, overrides);
        factory.createEntityManager().close(); // deploys: the schema is created or extended here
        return factory;
    }
}
