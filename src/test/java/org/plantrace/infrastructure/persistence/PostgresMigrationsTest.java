package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.infrastructure.postgres.TestPostgres;

/**
 * On PostgreSQL too, the migrations make the schema the entities describe (see
 * {@link MigrationsMatchEntitiesTest}); a second migrate runs nothing.
 */
class PostgresMigrationsTest {
    @Test
    void migrationsMakeTheSchemaTheEntitiesDescribeOnPostgres() throws SQLException {
        try (TestPostgres a = TestPostgres.freshSchema(); TestPostgres b = TestPostgres.freshSchema()) {
            DatabaseSettings migrated = new DatabaseSettings(a.url(), "", "");
            assertTrue(SchemaMigrations.migrate(migrated) >= 1);
            assertEquals(0, SchemaMigrations.migrate(migrated), "already at the newest version");
            DatabaseSettings generated = new DatabaseSettings(b.url(), "", "");
            MigrationsMatchEntitiesTest.generate(generated);
            List<String> want = MigrationsMatchEntitiesTest.shape(generated);
            assertEquals(List.of(), MigrationsMatchEntitiesTest.diff(want, MigrationsMatchEntitiesTest.shape(migrated)),
                    "the entities' schema (-) against the migrations' (+) on PostgreSQL");
        }
    }
}
