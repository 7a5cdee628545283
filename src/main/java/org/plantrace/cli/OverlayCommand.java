package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.overlay.OverlayReport;

/**
 * {@code overlay [PATH]}: per township, the area and share of every control line and zone, as JSON.
 * PATH is a plan package folder (its layers, a township package's own first, then its parent's) or
 * a layers folder; without PATH, the one package of the corpus, when there is exactly one.
 */
final class OverlayCommand {
    private OverlayCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        if (args.size() > 1 || (args.size() == 1 && args.get(0).startsWith("--"))) {
            throw new UsageException("overlay 最多需要一个规划资料包或图层文件夹 / overlay takes at most one PATH (a plan package or a layers folder)");
        }
        PlanPackages packages = PlanPackages.located();
        if (args.isEmpty()) {
            List<PlanPackage> all = packages.all();
            if (all.size() != 1) {
                throw new UsageException("corpus 中有 " + all.size() + " 个规划资料包，请指明一个 / name one plan package: "
                        + String.join(", ", all.stream().map(p -> p.folder().map(Path::toString).orElse(p.code())).toList()));
            }
            Console.line(out, overlay(all.get(0)));
            return Main.OK;
        }
        Path path = Path.of(args.get(0));
        Console.line(out, Files.isRegularFile(path.resolve(PlanPackage.PROPERTIES)) ? overlay(packages.forPath(path))
                : OverlayReport.forFolder(path));
        return Main.OK;
    }

    private static String overlay(PlanPackage plan) throws InputRejectedException {
        String where = plan.folder().map(Path::toString).orElse(plan.code());
        return OverlayReport.forLayers(plan.layers().orElseThrow(() -> new InputRejectedException(where,
                "规划资料包中没有图层文件夹 layers/（上级资料包也没有） / the plan package has no layers folder")), where);
    }
}
