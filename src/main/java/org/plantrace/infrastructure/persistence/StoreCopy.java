package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;

/**
 * Moves a whole store from one database to another (H2 data folder → PostgreSQL, issue #16.2) and
 * proves it: the target's schema is made by the same persistence unit, every table is copied row by
 * row in foreign-key order, the sequences are moved past the copied ids, and then every row of
 * every table is compared (a digest per table over the rows in primary-key order, values normalised
 * so that H2's and PostgreSQL's types compare). Tables come from the persistence unit, so new
 * entities are copied without a change here. The target must hold no PlanTrace rows yet: a copy
 * never merges into a live store.
 */
public final class StoreCopy {
    private static final int BATCH = 500;

    /** What was copied: rows per table (same on both sides, or the copy fails). */
    public record Result(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DatabaseSettings from;
    private final DatabaseSettings to;

    public StoreCopy(DatabaseSettings from, DatabaseSettings to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Copies and checks. {@code progress} gets one line per table.
     *
     * @throws StoreCopyException naming the table and the problem; on failure the target's
     *                            transaction is rolled back, so nothing is half-copied
     */
    public Result copy(Consumer<String> progress) {
        List<Table> tables = tables(progress);
        try (Connection source = connect(from); Connection target = connect(to)) {
            target.setAutoCommit(false);
            requireEmpty(target, tables);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table t : tables) {
                rows.put(t.name, copy(source, target, t));
                progress.accept("已复制 " + t.name + "：" + rows.get(t.name) + " 行 / copied");
            }
            for (Table t : tables) {
                t.sequence.ifPresent(s -> restart(target, t, s));
            }
            target.commit();
            for (Table t : tables) {
                String a = digest(source, t);
                String b = digest(target, t);
                if (!a.equals(b)) {
                    throw new StoreCopyException("表 " + t.name + " 复制后与源库不一致（逐行比较）/ table differs after the copy");
                }
            }
            progress.accept("逐行比较一致：" + tables.size() + " 张表 / every row compared equal");
            return new Result(rows);
        } catch (SQLException e) {
            throw new StoreCopyException("复制失败：" + e.getMessage() + " / copy failed", e);
        }
    }

    /** Opens the target through the persistence unit (creating its schema), and reads the tables from the unit. */
    private List<Table> tables(Consumer<String> progress) {
        EntityManagerFactory factory = PlanTracePersistence.open(to, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            progress.accept("目标库表结构已就绪 / target schema ready: " + to.shown());
            List<Table> tables = new ArrayList<>();
            for (ClassDescriptor d : factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getDescriptors().values()) {
                String key = d.getPrimaryKeyFields().isEmpty() ? null : d.getPrimaryKeyFields().get(0).getName();
                java.util.Optional<Sequence> seq = d.usesSequenceNumbers() && d.getSequence() != null
                        ? java.util.Optional.of(new Sequence(d.getSequence().getName(), d.getSequenceNumberField().getName(),
                                d.getSequence().getPreallocationSize()))
                        : java.util.Optional.empty();
                tables.add(new Table(d.getTableName().toUpperCase(Locale.ROOT), key, seq));
            }
            return ForeignKeyOrder.sort(tables, to, this::connect);
        } finally {
            factory.close();
        }
    }

    private Connection connect(DatabaseSettings db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static void requireEmpty(Connection target, List<Table> tables) throws SQLException {
        for (Table t : tables) {
            try (Statement s = target.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t.name)) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new StoreCopyException("目标库的表 " + t.name + " 已有 " + r.getLong(1)
                            + " 行：只能复制到空库；请换一个新建的空数据库 / the target already holds rows; copy into an empty database");
                }
            }
        }
    }

    private static long copy(Connection source, Connection target, Table t) throws SQLException {
        long n = 0;
        try (Statement s = source.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet r = s.executeQuery("SELECT * FROM " + t.name)) {
                ResultSetMetaData m = r.getMetaData();
                StringBuilder cols = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    cols.append(i > 1 ? "," : "").append(m.getColumnName(i));
                    marks.append(i > 1 ? "," : "").append('?');
                }
                try (PreparedStatement insert = target.prepareStatement(
                        "INSERT INTO " + t.name + " (" + cols + ") VALUES (" + marks + ")")) {
                    while (r.next()) {
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            Object v = r.getObject(i);
                            insert.setObject(i, v instanceof Clob c ? c.getSubString(1, (int) c.length()) : v);
                        }
                        insert.addBatch();
                        if (++n % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        return n;
    }

    /** Moves the sequence past every copied id, with room for one preallocated block. */
    private static void restart(Connection target, Table t, Sequence s) {
        try (Statement st = target.createStatement(); ResultSet r = st.executeQuery("SELECT MAX(" + s.column + ") FROM " + t.name)) {
            r.next();
            long next = r.getLong(1) + 2L * s.allocation + 1;
            try (Statement alter = target.createStatement()) {
                alter.execute("ALTER SEQUENCE " + s.name + " RESTART WITH " + next);
            }
        } catch (SQLException e) {
            throw new StoreCopyException("无法调整序列 " + s.name + "：" + e.getMessage() + " / cannot move the sequence", e);
        }
    }

    /** A digest of the table's rows in key order, values normalised across databases. */
    static String digest(Connection c, Table t) throws SQLException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String order = t.key == null ? "" : " ORDER BY " + t.key;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + t.name + order)) {
            ResultSetMetaData m = r.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                names.add(m.getColumnName(i).toUpperCase(Locale.ROOT));
            }
            List<Integer> columns = sortedColumns(names);
            while (r.next()) {
                for (int i : columns) {
                    md.update((names.get(i - 1) + "=" + normal(r.getObject(i)) + "\u0001").getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static List<Integer> sortedColumns(List<String> names) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            idx.add(i);
        }
        idx.sort((a, b) -> names.get(a - 1).compareTo(names.get(b - 1)));
        return idx;
    }

    private static String normal(Object v) throws SQLException {
        if (v == null) {
            return "∅";
        }
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof byte[] b) {
            return HexFormat.of().formatHex(b);
        }
        return v.toString();
    }

    record Sequence(String name, String column, int allocation) {
    }

    /** A table of the unit: name, primary-key column (for row order), sequence if its ids come from one. */
    record Table(String name, String key, java.util.Optional<Sequence> sequence) {
    }

    /** Connection opener that may fail. */
    interface Connector {
        Connection connect(DatabaseSettings db) throws SQLException;
    }

    /** Orders tables so that a table comes after those its foreign keys point to. */
    static final class ForeignKeyOrder {
        private ForeignKeyOrder() {
        }

        static List<Table> sort(List<Table> tables, DatabaseSettings db, Connector connector) {
            Map<String, Table> byName = new LinkedHashMap<>();
            tables.stream().sorted((a, b) -> a.name.compareTo(b.name)).forEach(t -> byName.put(t.name, t));
            Map<String, List<String>> parents = new LinkedHashMap<>();
            try (Connection c = connector.connect(db)) {
                DatabaseMetaData meta = c.getMetaData();
                for (Table t : byName.values()) {
                    List<String> p = new ArrayList<>();
                    for (String name : List.of(t.name, t.name.toLowerCase(Locale.ROOT))) {
                        try (ResultSet r = meta.getImportedKeys(null, null, name)) {
                            while (r.next()) {
                                p.add(r.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
                            }
                        }
                    }
                    parents.put(t.name, p);
                }
            } catch (SQLException e) {
                throw new StoreCopyException("无法读取目标库的外键：" + e.getMessage() + " / cannot read foreign keys", e);
            }
            List<Table> out = new ArrayList<>();
            while (out.size() < byName.size()) {
                int before = out.size();
                for (Table t : byName.values()) {
                    if (!out.contains(t) && parents.get(t.name).stream()
                            .allMatch(p -> p.equals(t.name) || !byName.containsKey(p) || out.stream().anyMatch(o -> o.name.equals(p)))) {
                        out.add(t);
                    }
                }
                if (out.size() == before) {
                    throw new StoreCopyException("外键成环，无法确定复制顺序 / foreign keys form a cycle");
                }
            }
            return out;
        }
    }
}
