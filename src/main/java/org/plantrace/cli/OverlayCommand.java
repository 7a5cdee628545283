package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.overlay.OverlayReport;

/** {@code overlay [PATH]}: per township, the area and share of every control line and zone, as JSON. */
final class OverlayCommand {
    static final String DEFAULT_FOLDER = "corpus/hunyuan/layers";

    private OverlayCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        if (args.size() > 1 || (args.size() == 1 && args.get(0).startsWith("--"))) {
            throw new UsageException("overlay 最多需要一个图层文件夹 / overlay takes at most one PATH (a layers folder)");
        }
        Console.line(out, OverlayReport.forFolder(Path.of(args.isEmpty() ? DEFAULT_FOLDER : args.get(0))));
        return Main.OK;
    }
}
