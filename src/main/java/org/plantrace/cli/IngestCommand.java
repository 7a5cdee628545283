package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.application.IngestResult;
import org.plantrace.application.IngestService;
import org.plantrace.application.chain.LowerPlanRequest;
import org.plantrace.application.chain.LowerPlanService;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.ingest.InputRejectedException;

/**
 * {@code ingest PATH [--data DIR] [--publish]}: stores a new version and prints one summary line.
 * With {@code --parent CODE --township NAME [--level township|detailed|village]} the file is a lower
 * plan brought in under that parent ({@link LowerPlanService}), done as a local drafter.
 */
final class IngestCommand {
    /** Whoever runs the command line on the server's data folder acts as a drafter (and may publish). */
    static final Actor LOCAL_DRAFTER = Actor.of("命令行", Role.DRAFTER);

    private IngestCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        String path = null;
        String dataDir = null;
        boolean publish = false;
        String parent = null;
        String township = null;
        String level = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--publish")) {
                publish = true;
            } else if (arg.equals("--data")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--data 后面需要一个目录 / --data needs a DIR");
                }
                dataDir = args.get(++i);
            } else if (arg.equals("--parent") || arg.equals("--township") || arg.equals("--level")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " 后面需要一个值 / " + arg + " needs a value");
                }
                String value = args.get(++i);
                switch (arg) {
                    case "--parent" -> parent = value;
                    case "--township" -> township = value;
                    default -> level = value;
                }
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
        if (parent != null || township != null || level != null) {
            return lower(Path.of(path), parent, township, level, publish, dataDir, out);
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

    private static int lower(Path file, String parent, String township, String levelCode, boolean publish,
            String dataDir, PrintStream out) throws UsageException, InputRejectedException {
        if (parent == null || township == null) {
            throw new UsageException("导入下级规划需要 --parent CODE 和 --township NAME / a lower plan needs --parent and --township");
        }
        PlanLevel level = levelCode == null ? PlanLevel.TOWNSHIP : PlanLevel.ofCode(levelCode)
                .filter(l -> l != PlanLevel.COUNTY)
                .orElseThrow(() -> new UsageException("--level 可选 township、detailed、village、special / --level: " + levelCode));
        LowerPlanRequest request = new LowerPlanRequest(file, parent, township, level, publish);
        return Store.<InputRejectedException>withLinks(dataDir, (data, repository, links) -> {
            IngestService ingest = new IngestService(repository);
            ingest.setVersionListener(links);
            // the one gazetteer the corpus holds, until each plan's package names its own (issue #10, item 2)
            LowerPlanService lower = new LowerPlanService(repository, ingest, p -> PlanPackages.located().linker(p.code()).gazetteer());
            IngestResult r = lower.ingest(LOCAL_DRAFTER, request);
            Console.line(out, summary(r) + " parent=" + r.plan().parent() + " township=" + r.plan().township()
                    + " level=" + r.plan().level().code());
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
