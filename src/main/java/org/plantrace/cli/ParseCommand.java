package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.application.OutlineReader;
import org.plantrace.application.PlanSource;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackages;

/**
 * {@code parse PATH}: the clause tree as JSON, with first-import durable ids and the entities the
 * gazetteer of the plan's package finds (a package folder, or the package of the file's folder or
 * name; none for a loose file); no database.
 */
final class ParseCommand {
    private ParseCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("parse 需要且只需要一个文件或规划资料包 / parse takes exactly one PATH");
        }
        Path path = Path.of(args.get(0));
        Console.line(out, OutlineJson.render(OutlineReader.read(PlanSource.of(path).document()),
                PlanPackages.located().forPath(path).linker()));
        return Main.OK;
    }
}
