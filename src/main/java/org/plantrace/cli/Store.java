package org.plantrace.cli;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Map;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/**
 * Opens the data directory's database for one command and closes it afterwards. A database held
 * by another process (the running web site) becomes one clear line, not a stack trace.
 */
final class Store {
    /** What a command does with the store: its exit code. {@code E}: what the work may refuse with. */
    interface Work<E extends Exception> {
        int run(DataDirectory data, JpaPlanRepository repository) throws E;
    }

    private Store() {
    }

    /** {@code dataDir} from --data, or null for PLANTRACE_DATA / -Dplantrace.data / ./data. */
    static <E extends Exception> int with(String dataDir, Work<E> work) throws E {
        DataDirectory data = dataDir == null ? DataDirectory.fromEnvironment() : DataDirectory.at(Path.of(dataDir));
        // EclipseLink would print its own copy of every failure; the one line on stderr is ours
        EntityManagerFactory factory = PlanTracePersistence.open(data, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        try {
            return work.run(data, new JpaPlanRepository(factory));
        } catch (RuntimeException e) {
            if (PlanTracePersistence.isDatabaseInUse(e)) {
                throw new DataDirectoryException("数据目录正被另一个程序使用（例如正在运行的 PlanTrace 网站）: " + data
                        + "；请先停止它，或用 --data 指定其他目录 / data directory in use by another process", e);
            }
            throw e;
        } finally {
            factory.close();
        }
    }
}
