package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.application.IngestResult;
import org.plantrace.application.IngestService;
import org.plantrace.ingest.InputRejectedException;

/** {@code ingest PATH [--data DIR] [--publish]}: stores a new version and prints one summary line. */
final class IngestCommand {
    private IngestCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        String path = null;
        String dataDir = null;
        boolean publish = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--publish")) {
                publish = true;
            } else if (arg.equals("--data")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--data 后面需要一个目录 / --data needs a DIR");
                }
                dataDir = args.get(++i);
            } else if (arg.startsWith("--")) {
                throw new UsageException("未知选项 / unknown option: " + arg);
            } else if (path == null) {
                path = arg;
            } else {
                throw new UsageException("ingest 只接受一个路径 / ingest takes one PATH");
            }
        }
        if (path == null) {
            throw new UsageException("ingest 需要一个文件或规划文件夹 / ingest needs a PATH");
        }
        String plan = path;
        boolean asPublished = publish;
        return Store.<InputRejectedException>withLinks(dataDir, (data, repository, links) -> {
            IngestService ingest = new IngestService(repository);
            ingest.setVersionListener(links); // the new version's links are derived and stored at once
            IngestResult r = ingest.ingest(Path.of(plan), asPublished);
            Console.line(out, summary(r));
            return Main.OK;
        });
    }

    static String summary(IngestResult r) {
        return String.format("已导入 / ingested: plan=%s version=%d clauses=%d status=%s(%s) warnings=%d"
                + " ids: kept=%d edited=%d new=%d dropped=%d",
                r.plan().code(), r.version(), r.clauseCount(), r.status().name().toLowerCase(),
                r.status().label(), r.warnings().size(),
                r.ids().kept(), r.ids().edited(), r.ids().fresh(), r.ids().dropped());
    }
}
