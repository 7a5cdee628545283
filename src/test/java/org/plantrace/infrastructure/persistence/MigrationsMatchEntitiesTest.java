package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.infrastructure.DataDirectory;

/**
 * The schema Flyway's migrations make is the schema the entities need: one H2 database migrated
 * by Flyway, another made by EclipseLink's own schema generation from the entities, compared table
 * by table, column by column, index by index. A new entity or column without a migration (or a
 * migration that does not match its entity) fails here, naming what differs. A store made by the
 * previous release (schema generation, no history) is baselined and keeps its rows.
 */
class MigrationsMatchEntitiesTest {
    @TempDir
    Path dir;

    @Test
    void migrationsMakeTheSchemaTheEntitiesDescribe() throws SQLException {
        DatabaseSettings migrated = DatabaseSettings.h2(DataDirectory.at(dir.resolve("migrated")));
        assertTrue(SchemaMigrations.migrate(migrated) >= 2, "a new store runs every migration");
        DatabaseSettings generated = DatabaseSettings.h2(DataDirectory.at(dir.resolve("generated")));
        generate(generated);
        List<String> want = shape(generated);
        List<String> have = shape(migrated);
        assertEquals(List.of(), diff(want, have), "the entities' schema (-) against the migrations' (+); "
                + "add a migration under src/main/resources/db/migration/h2 and …/postgresql");
    }

    @Test
    void aStoreOfThePreviousReleaseIsBaselinedAndKeepsItsRows() throws SQLException {
        DatabaseSettings old = DatabaseSettings.h2(DataDirectory.at(dir.resolve("old")));
        // the schema of release 1b1c968 (version 2), as its schema generation left it: no history table
        Flyway.configure().dataSource(old.url(), old.user(), old.password()).locations("classpath:db/migration/h2")
                .target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(old.url(), old.user(), old.password())) {
            c.createStatement().execute("DROP TABLE \"flyway_schema_history\"");
        }
        try (Connection c = DriverManager.getConnection(old.url(), old.user(), old.password())) {
            c.createStatement().execute("INSERT INTO PLAN (CODE, PLAN_LEVEL, NAME, REGION, PERIOD_FROM, PERIOD_TO) "
                    + "VALUES ('p', 'COUNTY', '某县规划', '某县', 2021, 2035)");
        }
        assertTrue(SchemaMigrations.migrate(old) >= 1, "the migrations after version 2 run");
        try (Connection c = DriverManager.getConnection(old.url(), old.user(), old.password())) {
            var r = c.createStatement().executeQuery("SELECT NAME FROM PLAN WHERE CODE = 'p'");
            assertTrue(r.next());
            assertEquals("某县规划", r.getString(1));
            var h = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'BASELINE'");
            h.next();
            assertEquals(1, h.getInt(1), "baselined once");
        }
    }

    /** What EclipseLink alone would make of the entities (the way the schema was made before Flyway). */
    static void generate(DatabaseSettings db) {
        Map<String, Object> p = new HashMap<>(db.jpaProperties());
        p.put("eclipselink.ddl-generation", "create-tables");
        p.put("eclipselink.ddl-generation.output-mode", "database");
        p.put(PlanTracePersistence.LOGGING_LEVEL, "OFF");
        EntityManagerFactory f = Persistence.createEntityManagerFactory(PlanTracePersistence.UNIT, p);
        try {
            f.createEntityManager().close(); // generation runs when the first session logs in
        } finally {
            f.close();
        }
    }

    static List<String> shape(DatabaseSettings db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            return SchemaShape.of(c);
        }
    }

    static List<String> diff(List<String> want, List<String> have) {
        List<String> out = new ArrayList<>();
        want.stream().filter(l -> !have.contains(l)).forEach(l -> out.add("- " + l));
        have.stream().filter(l -> !want.contains(l)).forEach(l -> out.add("+ " + l));
        return out;
    }
}
