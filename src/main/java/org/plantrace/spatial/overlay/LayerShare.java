package org.plantrace.spatial.overlay;

/** How much of one layer lies in a township: km², and the share of the township's own area (0–1). */
public record LayerShare(double areaKm2, double share) {
}
