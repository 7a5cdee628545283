package org.plantrace.spatial.overlay;

import java.util.List;

/** The overlay of a layer set; {@code illustrative} is true when any input layer is illustrative. */
public record OverlayResult(boolean illustrative, List<TownshipRow> townships) {
    public OverlayResult {
        townships = List.copyOf(townships);
    }
}
