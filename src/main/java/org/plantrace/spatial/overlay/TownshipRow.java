package org.plantrace.spatial.overlay;

import java.util.Map;

/**
 * One township's overlay: its area and, per layer (keyed by the layer's label, in layer order), the
 * part inside it. A layer missing from the folder is absent from the map ("no data"); a layer
 * present but not reaching the township appears with area 0.
 */
public record TownshipRow(String name, double areaKm2, Map<String, LayerShare> layers) {
}
