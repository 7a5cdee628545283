package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.application.OutlineReader;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackages;

/** {@code parse FILE}: the clause tree as JSON, with first-import durable ids and the entities of the plan's package; no database. */
final class ParseCommand {
    private ParseCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("parse 需要且只需要一个文件 / parse takes exactly one FILE");
        }
        Path file = Path.of(args.get(0));
        Console.line(out, OutlineJson.render(OutlineReader.read(file), PlanPackages.located().forPath(file).linker()));
        return Main.OK;
    }
}
