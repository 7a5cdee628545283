package org.plantrace.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The shape of a schema as JDBC metadata reports it — tables, columns (type, size, nullability),
 * indexes, foreign keys and sequences — one sorted line each, so that two schemas compare as text
 * and a difference names the line. Flyway's own history table is left out.
 */
final class SchemaShape {
    private SchemaShape() {
    }

    static List<String> of(Connection c) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String t = r.getString("TABLE_NAME");
                if (!t.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(t);
                }
            }
        }
        for (String t : tables) {
            String table = t.toUpperCase(Locale.ROOT);
            lines.add("table " + table);
            try (ResultSet r = meta.getColumns(null, schema, t, "%")) {
                while (r.next()) {
                    lines.add("column " + table + "." + r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " "
                            + r.getString("TYPE_NAME").toUpperCase(Locale.ROOT) + "(" + r.getInt("COLUMN_SIZE") + ") "
                            + (r.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "NOT NULL" : "NULL"));
                }
            }
            try (ResultSet r = meta.getPrimaryKeys(null, schema, t)) {
                while (r.next()) {
                    lines.add("primary key " + table + "." + r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            try (ResultSet r = meta.getIndexInfo(null, schema, t, false, false)) {
                while (r.next()) {
                    String index = r.getString("INDEX_NAME");
                    String column = r.getString("COLUMN_NAME");
                    // primary-key indexes carry generated names that differ by how the key was made
                    if (index == null || column == null || index.toUpperCase(Locale.ROOT).startsWith("PRIMARY_KEY")
                            || index.toLowerCase(Locale.ROOT).endsWith("_pkey")) {
                        continue;
                    }
                    lines.add("index " + table + " " + (r.getBoolean("NON_UNIQUE") ? "" : "unique ")
                            + column.toUpperCase(Locale.ROOT) + "@" + r.getInt("ORDINAL_POSITION"));
                }
            }
            try (ResultSet r = meta.getImportedKeys(null, schema, t)) {
                while (r.next()) {
                    lines.add("foreign key " + table + "." + r.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT) + " -> "
                            + r.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT) + "."
                            + r.getString("PKCOLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT SEQUENCE_NAME, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES WHERE UPPER(SEQUENCE_SCHEMA) = UPPER('" + schema + "')")) {
            while (r.next()) {
                lines.add("sequence " + r.getString(1).toUpperCase(Locale.ROOT) + " by " + r.getLong(2));
            }
        }
        return List.copyOf(lines);
    }
}
