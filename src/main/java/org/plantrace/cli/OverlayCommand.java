package org.plantrace.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.SpatialEngine;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.overlay.OverlayReport;

/**
 * {@code overlay [PATH] [--data DIR]}: per township, the area and share of every control line and
 * zone, as JSON. PATH is a plan package folder (its layers, a township package's own first, then its
 * parent's) or a layers folder; without PATH, the one package of the corpus, when there is exactly
 * one. When the data folder's store is PostgreSQL, the overlay runs where that store says (PostGIS
 * when it has the extension, issue #16.3); an H2 store is not opened at all — the web app may hold
 * its file, and H2 has no spatial engine of its own — so the overlay runs in memory.
 */
final class OverlayCommand {
    private OverlayCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        List<String> paths = new ArrayList<>();
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data")) {
                dataDir = TraceCommand.value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
            } else {
                paths.add(args.get(i));
            }
        }
        if (paths.size() > 1 || (paths.size() == 1 && paths.get(0).startsWith("--"))) {
            throw new UsageException("overlay 最多需要一个规划资料包或图层文件夹 / overlay takes at most one PATH (a plan package or a layers folder)");
        }
        PlanPackages packages = PlanPackages.located();
        PlanPackage plan = null;
        Path folder = null;
        if (paths.isEmpty()) {
            List<PlanPackage> all = packages.all();
            if (all.size() != 1) {
                throw new UsageException("corpus 中有 " + all.size() + " 个规划资料包，请指明一个 / name one plan package: "
                        + String.join(", ", all.stream().map(p -> p.folder().map(Path::toString).orElse(p.code())).toList()));
            }
            plan = all.get(0);
        } else {
            Path path = Path.of(paths.get(0));
            if (Files.isRegularFile(path.resolve(PlanPackage.PROPERTIES))) {
                plan = packages.forPath(path);
            } else {
                folder = path;
            }
        }
        String where = plan != null ? plan.folder().map(Path::toString).orElse(plan.code()) : String.valueOf(folder);
        LayerSet set = plan != null ? layers(plan, where) : LayerFolder.read(folder);
        // a package's layers are keyed by its plan code, as the checklists key them; a bare folder by its path
        String key = "overlay:" + (plan != null ? plan.code() : folder.toAbsolutePath().normalize());
        Optional<String> shared = sharedStore(dataDir);
        if (shared.isEmpty()) {
            Console.line(out, report(set, where, JtsEngine.INSTANCE, key));
            return Main.OK;
        }
        return Store.<InputRejectedException>withSpatialExisting(shared.get(), (data, repository, spatial) -> {
            Console.line(out, report(set, where, spatial, key));
            return Main.OK;
        });
    }

    private static String report(LayerSet set, String where, SpatialEngine engine, String key) throws InputRejectedException {
        return OverlayReport.forLayers(set, where, s -> engine.load(key, s).townshipOverlay());
    }

    /** The data folder, when its store is a PostgreSQL database (--data, else the usual settings); an H2 or missing one is none. */
    private static Optional<String> sharedStore(String dataDir) {
        DataDirectory data;
        try {
            data = DataDirectory.existing(dataDir == null ? null : Path.of(dataDir));
        } catch (DataDirectoryException e) {
            if (dataDir != null) {
                throw e; // named by the user: a mistake to say, not a default to skip
            }
            return Optional.empty();
        }
        return DatabaseSettings.of(data).postgresql() ? Optional.of(data.root().toString()) : Optional.empty();
    }

    private static LayerSet layers(PlanPackage plan, String where) throws InputRejectedException {
        return plan.layers().orElseThrow(() -> new InputRejectedException(where,
                "规划资料包中没有图层文件夹 layers/（上级资料包也没有） / the plan package has no layers folder"));
    }
}
