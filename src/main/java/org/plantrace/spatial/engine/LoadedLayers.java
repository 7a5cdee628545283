package org.plantrace.spatial.engine;

import org.plantrace.spatial.index.PointIndex;
import org.plantrace.spatial.overlay.OverlayResult;

/** A plan's layers as one {@link SpatialEngine} holds them: point queries and the township overlay. */
public interface LoadedLayers extends PointIndex {
    /**
     * Per township, the area and share of every other layer (not the county) inside it.
     *
     * @throws IllegalArgumentException the layers hold no townships layer
     */
    OverlayResult townshipOverlay();
}
