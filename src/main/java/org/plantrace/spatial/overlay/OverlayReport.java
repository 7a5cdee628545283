package org.plantrace.spatial.overlay;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.validation.GeometryFinding;
import org.plantrace.spatial.validation.GeometryRule;
import org.plantrace.spatial.validation.GeometryValidator;

/** The overlay of a layers folder or a plan's layers as JSON, or a one-line refusal that names the folder and the problem. */
public final class OverlayReport {
    private OverlayReport() {
    }

    public static String forFolder(Path folder) throws InputRejectedException {
        return forLayers(LayerFolder.read(folder), String.valueOf(folder));
    }

    /** The overlay of a plan's layers; {@code where} names them in a refusal (a folder or a plan package). */
    public static String forLayers(LayerSet set, String where) throws InputRejectedException {
        return forLayers(set, where, TownshipOverlay::compute);
    }

    /** As {@link #forLayers(LayerSet, String)}, the overlay computed by {@code overlay} (in memory, or in PostGIS). */
    public static String forLayers(LayerSet set, String where, Function<LayerSet, OverlayResult> overlay)
            throws InputRejectedException {
        if (set.get(LayerKind.TOWNSHIP).isEmpty()) {
            throw new InputRejectedException(where,
                    "没有乡镇图层 / no townships layer (townships.geojson): nothing to overlay by");
        }
        // shares of invalid polygons mean nothing (and overlay may fail on them): refuse, saying which
        List<GeometryFinding> invalid = new GeometryValidator().validate(set).of(GeometryRule.SP001);
        if (!invalid.isEmpty()) {
            throw new InputRejectedException(where, invalid.size()
                    + " 个要素几何无效，请先修正 / invalid geometries, fix them first: " + invalid.get(0).line());
        }
        return OverlayJson.render(overlay.apply(set));
    }
}
