package org.plantrace.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import jakarta.persistence.PersistenceException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.plantrace.infrastructure.DataDirectoryException;

/**
 * Brings a database's schema to the version this release needs, with Flyway, before the
 * persistence unit opens on it (the unit no longer generates schema: {@code ddl-generation} is
 * {@code none}). Migrations are SQL files under {@code db/migration/h2} and
 * {@code db/migration/postgresql}, one version numbering for both; a new entity or column needs a
 * file in each ({@code MigrationsMatchEntitiesTest} fails until they exist and match).
 *
 * <p>Stores made before Flyway have no history table. They are recognised by what they hold and
 * baselined at the version they are at: a PLAN table without PARENT_CODE is release e5bf849
 * (version 1), with it the plan-chain releases (version 2). Their data is never rewritten by the
 * baseline; only the later migrations run.
 */
public final class SchemaMigrations {
    private SchemaMigrations() {
    }

    /** Migrates the database to the newest version; returns how many migrations ran. */
    public static int migrate(DatabaseSettings db) {
        String found;
        try {
            found = existingVersion(db);
        } catch (SQLException e) {
            // not a migration problem: the database cannot be opened at all (in use by another
            // process, corrupt, unreachable). Reported as the persistence unit would report it, so
            // callers keep telling "in use" from the rest (PlanTracePersistence.isDatabaseInUse).
            throw new PersistenceException("database cannot be opened: " + e.getMessage(), e);
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(db.url(), db.user(), db.password())
                    .locations("classpath:db/migration/" + (db.embedded() ? "h2" : "postgresql"))
                    .baselineOnMigrate(found != null)
                    .baselineVersion(found == null ? "1" : found)
                    .baselineDescription("store made before schema migrations")
                    .failOnMissingLocations(true)
                    .load();
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new DataDirectoryException("数据库结构无法升级到本版本：" + firstLine(e.getMessage())
                    + "；请先用 plantrace backup 备份，再查看日志 / the database schema could not be migrated", e);
        }
    }

    /**
     * The version of a store made before Flyway, or null for an empty database or one Flyway
     * already keeps (then it knows the version itself).
     */
    static String existingVersion(DatabaseSettings db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            if (hasTable(c, "flyway_schema_history") || !hasTable(c, "plan")) {
                return null;
            }
            return hasColumn(c, "plan", "parent_code") ? "2" : "1";
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        String schema = c.getSchema();
        for (String n : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            try (ResultSet r = c.getMetaData().getTables(null, schema, n, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        String schema = c.getSchema();
        for (boolean upper : new boolean[] {false, true}) {
            String t = upper ? table.toUpperCase(Locale.ROOT) : table;
            String col = upper ? column.toUpperCase(Locale.ROOT) : column;
            try (ResultSet r = c.getMetaData().getColumns(null, schema, t, col)) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
