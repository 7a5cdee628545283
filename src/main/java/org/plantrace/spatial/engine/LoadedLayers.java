package org.plantrace.spatial.engine;

import java.util.List;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.index.PointIndex;
import org.plantrace.spatial.overlay.OverlayResult;
import org.plantrace.spatial.overlay.ZoneAreas;

/** A plan's layers as one {@link SpatialEngine} holds them: point queries and the township overlay. */
public interface LoadedLayers extends PointIndex {
    /**
     * Per township, the area and share of every other layer (not the county) inside it.
     *
     * @throws IllegalArgumentException the layers hold no townships layer
     */
    OverlayResult townshipOverlay();

    /** Per feature of {@code zones} (e.g. detailed-plan units), the area of each feature of {@code layers} inside it; all are layers of this set. */
    ZoneAreas zoneAreas(Layer zones, List<Layer> layers);
}
