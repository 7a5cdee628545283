package org.plantrace.spatial.engine;

import org.plantrace.spatial.LayerSet;

/**
 * Runs the spatial questions on a plan's layers: in memory with JTS ({@link JtsEngine}) or in the
 * database (PostGIS). Both answer the same — point queries exactly, overlay areas within the
 * tolerance stated by the PostGIS implementation — so callers never ask which one they hold.
 */
public interface SpatialEngine {
    /**
     * The layers made queryable under {@code key} (a plan code, or a folder for a one-off overlay).
     * In a database this replaces what the key held, so loading again never duplicates.
     */
    LoadedLayers load(String key, LayerSet layers);

    /** "JTS" or "PostGIS": for benches, logs and the health page, never for branching. */
    String name();
}
