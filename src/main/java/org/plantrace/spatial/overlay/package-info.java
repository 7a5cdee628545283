/**
 * The per-township overlay: for every township, the area and share of each control line and zone
 * inside it — the figures the transmission checklists allocate from. Computed in an equal-area
 * projection, with an STRtree per layer so a township is intersected only with the features near it;
 * and the detailed-plan units' areas in a few layers, feature by feature (ZoneAreas). Who measures
 * is pluggable (TownshipOverlay.Measure): JTS here, PostGIS in org.plantrace.infrastructure.spatial.
 */
package org.plantrace.spatial.overlay;
