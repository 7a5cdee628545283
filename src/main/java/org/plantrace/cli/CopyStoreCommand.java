package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.StoreCopy;
import org.plantrace.infrastructure.persistence.StoreCopyException;

/**
 * {@code copy-store --to URL [--user USER] [--data DIR]}: moves the whole store of a data folder
 * (its H2 file) into an empty PostgreSQL database and compares every row afterwards. The password
 * comes from {@code PLANTRACE_DB_PASSWORD}, never from the command line, where other users of the
 * machine could read it in the process list. The search index is not copied: it is derived, and
 * each node rebuilds its own from the database on start.
 */
final class CopyStoreCommand {
    private CopyStoreCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException {
        String dataDir = null;
        String url = null;
        String user = System.getenv(DatabaseSettings.ENV_USER);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException("copy-store 的参数缺少取值 / missing value: " + a);
            }
            switch (a) {
                case "--data" -> dataDir = args.get(++i);
                case "--to" -> url = args.get(++i);
                case "--user" -> user = args.get(++i);
                default -> throw new UsageException("copy-store 不认识的参数 / unknown option: " + a);
            }
        }
        if (url == null) {
            throw new UsageException("copy-store 需要 --to jdbc:postgresql://主机:端口/库名 / copy-store needs --to URL");
        }
        DataDirectory data = DataDirectory.existing(dataDir == null ? null : Path.of(dataDir));
        DatabaseSettings from = DatabaseSettings.h2(data);
        DatabaseSettings to = new DatabaseSettings(url, user, System.getenv(DatabaseSettings.ENV_PASSWORD));
        if (!to.postgresql()) {
            throw new DataDirectoryException("--to 须是 PostgreSQL 地址（jdbc:postgresql://…）：" + to.shown()
                    + " / the target must be a PostgreSQL URL");
        }
        try {
            StoreCopy.Result result = new StoreCopy(from, to).copy(line -> Console.line(out, line));
            Console.line(out, "完成：" + result.rows().size() + " 张表，共 " + result.total() + " 行，逐行一致 / done");
            return Main.OK;
        } catch (StoreCopyException e) {
            throw new DataDirectoryException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw Store.inUse(data, e);
        }
    }
}
