package org.plantrace.infrastructure.persistence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;

/**
 * Which database holds the plans: the embedded H2 file inside the data directory (the default, for
 * one machine), or a shared PostgreSQL server named by configuration (for several app nodes, issue
 * #16). The first setting found wins: the JVM property {@code plantrace.db.url} (for tests and the
 * Jetty plugin), the environment variable {@value #ENV_URL}, then the file {@value #FILE} in the data
 * directory. User and password follow the same order. Nothing else changes for the user: the same
 * entities, the same schema generation.
 */
public record DatabaseSettings(String url, String user, String password) {
    public static final String ENV_URL = "PLANTRACE_DB_URL";
    public static final String ENV_USER = "PLANTRACE_DB_USER";
    public static final String ENV_PASSWORD = "PLANTRACE_DB_PASSWORD";
    /** Properties file in the data directory: {@code url=}, {@code user=}, {@code password=}. */
    public static final String FILE = "database.properties";

    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    /**
     * H2 writes a commit to the file before the commit returns, instead of up to 500 ms later from
     * a background thread (its default). Without this a save the user was told succeeded
     * ("已保存") could be lost when the process is killed (issue #15.1,
     * AcknowledgedSavesSurviveKillTest). The write reaches the operating system, not the platter:
     * it survives the process being killed, not a power cut (see docs/durability.md).
     */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

    public DatabaseSettings {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The settings in force for {@code data}: configured PostgreSQL (or H2) URL, else the data directory's H2 file. */
    public static DatabaseSettings of(DataDirectory data) {
        return of(data, System::getProperty, System.getenv());
    }

    static DatabaseSettings of(DataDirectory data, UnaryOperator<String> properties, Map<String, String> env) {
        Properties file = readFile(data.root().resolve(FILE));
        String url = first(properties.apply("plantrace.db.url"), env.get(ENV_URL), file.getProperty("url"));
        if (url == null) {
            return h2(data);
        }
        String user = first(properties.apply("plantrace.db.user"), env.get(ENV_USER), file.getProperty("user"));
        String password = first(properties.apply("plantrace.db.password"), env.get(ENV_PASSWORD), file.getProperty("password"));
        DatabaseSettings settings = new DatabaseSettings(url, user, password);
        if (!settings.embedded() && !settings.postgresql()) {
            throw new DataDirectoryException("不支持的数据库地址 " + url + "：请用 jdbc:postgresql://主机:端口/库名，或不设置以使用内置 H2"
                    + " / unsupported database URL: use jdbc:postgresql://host:port/db or leave it unset for the embedded H2");
        }
        return settings;
    }

    /** The embedded H2 file of {@code data}, durable commits on. */
    public static DatabaseSettings h2(DataDirectory data) {
        // the path goes into the URL verbatim; H2 reads ';' as the start of its settings
        String path = data.database().toString();
        if (path.indexOf(';') >= 0) {
            throw new IllegalArgumentException("data directory path must not contain ';': " + path);
        }
        return new DatabaseSettings(H2 + "file:" + path + DURABLE_COMMITS, "sa", "");
    }

    public boolean embedded() {
        return url.startsWith(H2);
    }

    public boolean postgresql() {
        return url.startsWith(POSTGRESQL);
    }

    /** The URL without the password a URL may carry, for messages and /health. */
    public String shown() {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }

    /** The JPA properties that select this database (driver, platform, connection). */
    Map<String, Object> jpaProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", user);
        p.put("jakarta.persistence.jdbc.password", password);
        if (postgresql()) {
            p.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            p.put("eclipselink.target-database", "org.eclipse.persistence.platform.database.PostgreSQLPlatform");
        }
        return p;
    }

    /** A short name of the kind for people: H2 (内置) or PostgreSQL. */
    public String kind() {
        return embedded() ? "H2" : "PostgreSQL"; // the only two of(...) lets through
    }

    private static Properties readFile(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new DataDirectoryException("无法读取数据库设置文件 " + file + "：" + e.getMessage()
                        + "；请检查文件内容（url=…、user=…、password=…）/ cannot read the database settings file", e);
            }
        }
        return p;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
