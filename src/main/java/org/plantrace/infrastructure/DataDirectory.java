package org.plantrace.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The one folder that holds everything PlanTrace writes: the H2 database, the search index and
 * uploaded files. Chosen by the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENV}, else {@code ./data}. The property wins because it is the more local setting: it
 * belongs to one JVM's command line, while the environment is shared by everything in a shell.
 */
public final class DataDirectory {
    public static final String ENV = "PLANTRACE_DATA";
    public static final String PROPERTY = "plantrace.data";
    static final String DEFAULT = "data";

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** The directory the JVM's settings name, created if missing. */
    public static DataDirectory fromEnvironment() {
        return fromSettings(System::getProperty, System.getenv());
    }

    static DataDirectory fromSettings(UnaryOperator<String> properties, Map<String, String> env) {
        String chosen = properties.apply(PROPERTY);
        if (isBlank(chosen)) {
            chosen = env.get(ENV);
        }
        if (isBlank(chosen)) {
            chosen = DEFAULT;
        }
        return at(Path.of(chosen.trim()));
    }

    /**
     * The directory the settings (or {@code dir}, when not null) name, which must exist already:
     * for commands that only read (search, checklist), which must not leave an empty database and
     * index behind in a folder named by mistake.
     *
     * @throws DataDirectoryException if it does not exist
     */
    public static DataDirectory existing(Path dir) {
        Path chosen = dir;
        if (chosen == null) {
            String setting = System.getProperty(PROPERTY);
            if (isBlank(setting)) {
                setting = System.getenv(ENV);
            }
            chosen = Path.of(isBlank(setting) ? DEFAULT : setting.trim());
        }
        Path root = chosen.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new DataDirectoryException("数据目录不存在: " + root + "；请用 --data 指定已导入规划的数据目录，或先用 ingest 导入"
                    + " / data directory does not exist, ingest a plan first or choose another one", null);
        }
        return at(root);
    }

    /**
     * The given directory, created if missing. Writability is probed by writing a file, because
     * {@link Files#isWritable} answers yes to root and no-ACL mounts where writing then fails.
     *
     * @throws DataDirectoryException if it cannot be created or written
     */
    public static DataDirectory at(Path dir) {
        Path root = Objects.requireNonNull(dir).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryException("数据目录不可写: " + root + "（" + describe(e)
                    + "）；请用 --data、-D" + PROPERTY + " 或环境变量 " + ENV + " 指定可写目录"
                    + " / data directory not writable, choose another one", e);
        }
        return new DataDirectory(root);
    }

    public Path root() {
        return root;
    }

    /** The H2 database file prefix: H2 adds {@code .mv.db}. */
    public Path database() {
        return root.resolve("db").resolve("plantrace");
    }

    /** Where the full-text index lives. */
    public Path searchIndex() {
        return root.resolve("index");
    }

    /** Where uploaded plan documents are kept. */
    public Path uploads() {
        return root.resolve("uploads");
    }

    private static String describe(Exception e) {
        String what = e.getClass().getSimpleName();
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
