package org.plantrace.web.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;

/**
 * The map layers of each plan: the layers of its package ({@link PlanPackages}; a township plan's
 * own, then its county's), read once per plan and process: the files are small, fixed data shipped
 * with the package. Missing or unreadable layers mean no map, logged once, never a failing page.
 */
public final class MapLayers {
    private static final Logger LOG = Logger.getLogger(MapLayers.class.getName());
    private static final Map<String, Optional<LayerSet>> BY_PLAN = new ConcurrentHashMap<>();

    private MapLayers() {
    }

    /** The layers of the plan with this code, or empty when its package has none (or it has no package). */
    public static Optional<LayerSet> of(String planCode) {
        Optional<LayerSet> known = BY_PLAN.get(planCode);
        if (known != null) {
            return known;
        }
        Optional<PlanPackage> plan = PlanPackages.located().byCode(planCode);
        if (plan.isEmpty()) {
            return Optional.empty(); // not remembered: the plan's package may be added later
        }
        return BY_PLAN.computeIfAbsent(planCode, code -> read(plan));
    }

    /** Forgets what was read, so that a package added or changed is read again. */
    public static void forget() {
        BY_PLAN.clear();
    }

    static Optional<LayerSet> read(Optional<PlanPackage> plan) {
        if (plan.isEmpty() || plan.get().layersFolder().isEmpty()) {
            LOG.info(() -> "no map layers for " + plan.map(PlanPackage::toString).orElse("a plan without a package")
                    + "; its clause pages show no map");
            return Optional.empty();
        }
        try {
            return plan.get().layers();
        } catch (InputRejectedException | RuntimeException e) {
            LOG.log(Level.WARNING, "map layers of " + plan.get() + " not usable; its clause pages show no map", e);
            return Optional.empty();
        }
    }

    static Optional<LayerSet> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.info(() -> "no map layers at " + folder + "; clause pages show no map");
            return Optional.empty();
        }
        try {
            return Optional.of(LayerFolder.read(folder));
        } catch (InputRejectedException | RuntimeException e) {
            LOG.log(Level.WARNING, "map layers at " + folder + " not usable; clause pages show no map", e);
            return Optional.empty();
        }
    }
}
