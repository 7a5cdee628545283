package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/**
 * {@code backup --out FILE.zip [--data DIR]}: a consistent copy of the data folder's H2 database in
 * one zip (H2's own {@code BACKUP TO}, transactionally consistent). The search index is left out on
 * purpose: it is rebuilt from the database. For PostgreSQL the route is pg_dump (docs/deployment.md);
 * the command says so instead of copying a file it does not own.
 */
final class BackupCommand {
    private BackupCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException {
        String dataDir = null;
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException("backup 的参数缺少取值 / missing value: " + a);
            }
            switch (a) {
                case "--data" -> dataDir = args.get(++i);
                case "--out" -> target = args.get(++i);
                default -> throw new UsageException("backup 不认识的参数 / unknown option: " + a);
            }
        }
        if (target == null || !target.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new UsageException("backup 需要 --out 文件名.zip / backup needs --out FILE.zip");
        }
        DataDirectory data = DataDirectory.existing(dataDir == null ? null : Path.of(dataDir));
        DatabaseSettings db = DatabaseSettings.of(data);
        if (!db.embedded()) {
            throw new DataDirectoryException("数据库是 " + db.kind() + "（" + db.shown() + "），请用 pg_dump 备份，见 docs/deployment.md"
                    + " / the database is PostgreSQL: back it up with pg_dump");
        }
        if (!Files.exists(data.database().resolveSibling(data.database().getFileName() + ".mv.db"))) {
            throw new DataDirectoryException("数据目录中没有数据库：" + data + " / no database in the data directory");
        }
        Path out2 = Path.of(target).toAbsolutePath().normalize();
        if (Files.exists(out2)) {
            throw new DataDirectoryException("备份文件已存在，不覆盖：" + out2 + " / the backup file exists; choose another name");
        }
        if (out2.toString().indexOf('\'') >= 0) {
            throw new DataDirectoryException("备份文件名不能含单引号：" + out2 + " / the file name must not contain a quote");
        }
        // IFEXISTS: a mistyped folder must not get an empty database created just to back it up
        try (Connection c = DriverManager.getConnection(db.url() + ";IFEXISTS=TRUE", db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + out2 + "'");
        } catch (SQLException e) {
            if (PlanTracePersistence.isDatabaseInUse(e)) {
                throw new DataDirectoryException("数据目录正被另一个程序使用（例如正在运行的 PlanTrace 网站）: " + data
                        + "；请先停止它再备份 / data directory in use; stop the web app first", e);
            }
            throw new DataDirectoryException("备份失败：" + e.getMessage() + " / backup failed", e);
        }
        Console.line(out, "已备份到 " + out2 + "（" + sizeOf(out2) + " 字节；检索索引不在其中，启动时自动重建）/ backed up");
        return Main.OK;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
