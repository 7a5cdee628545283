package org.plantrace.transmission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;
import org.plantrace.spatial.overlay.LayerShare;
import org.plantrace.spatial.overlay.OverlayResult;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.TownshipRow;

/**
 * The areas (km²) of the layers inside each township ({@link TownshipOverlay}) and inside each
 * detailed-plan unit (the unit intersected with every layer of the central city, by layer label and,
 * for layers of several features, by feature name: 核心保护范围, 建设控制地带). Computed once per layer
 * set. A layer missing from the set is absent from the maps: "no data", never "zero".
 */
final class TargetAreas {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final List<LayerKind> UNIT_LAYERS = List.of(LayerKind.CENTRAL_CITY, LayerKind.HISTORIC_CITY,
            LayerKind.HISTORIC_DISTRICT, LayerKind.OTHER);

    private final boolean illustrative;
    private final Map<String, Map<String, Double>> townships = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> units = new LinkedHashMap<>();
    /** Per unit and layer label: the names of the layer's features that meet the unit. */
    private final Map<String, Map<String, List<String>>> unitFeatures = new LinkedHashMap<>();

    TargetAreas(LayerSet set) {
        this(set, TownshipOverlay::compute);
    }

    /** {@code townshipOverlay}: where the township overlay runs (in memory, or in PostGIS: issue #16.3). */
    TargetAreas(LayerSet set, Function<LayerSet, OverlayResult> townshipOverlay) {
        this.illustrative = set != null && set.illustrative();
        if (set == null) {
            return;
        }
        if (set.get(LayerKind.TOWNSHIP).isPresent()) {
            for (TownshipRow row : townshipOverlay.apply(set).townships()) {
                Map<String, Double> areas = new LinkedHashMap<>();
                for (Map.Entry<String, LayerShare> e : row.layers().entrySet()) {
                    areas.put(e.getKey(), e.getValue().areaKm2());
                }
                townships.put(row.name(), areas);
            }
        }
        Optional<Layer> unitLayer = set.get(LayerKind.DETAILED_PLAN_UNIT);
        if (unitLayer.isPresent()) {
            EqualArea projection = EqualArea.centredOn(set.envelope());
            for (Feature unit : unitLayer.get().features()) {
                Map<String, Double> areas = new LinkedHashMap<>();
                Map<String, List<String>> met = new LinkedHashMap<>();
                for (Layer l : set.layers()) {
                    if (!UNIT_LAYERS.contains(l.kind())) {
                        continue;
                    }
                    List<String> meeting = new ArrayList<>();
                    met.put(l.label(), meeting);
                    List<Geometry> pieces = new ArrayList<>();
                    for (Feature f : l.features()) {
                        Geometry piece = OverlayNGRobust.overlay(unit.geometry(), f.geometry(), OverlayNG.INTERSECTION);
                        double a = piece.isEmpty() ? 0 : projection.project(piece).getArea() / 1e6;
                        if (l.features().size() > 1) {
                            areas.merge(f.name(), a, Double::sum);
                        }
                        if (!piece.isEmpty()) {
                            pieces.add(piece);
                        }
                        if (a > 1e-6) {
                            meeting.add(f.name());
                        }
                    }
                    Geometry inside = pieces.isEmpty() ? null : UnaryUnionOp.union(pieces, FACTORY);
                    areas.put(l.label(), inside == null ? 0 : projection.project(inside).getArea() / 1e6);
                }
                units.put(unit.name(), areas);
                unitFeatures.put(unit.name(), met);
            }
        }
    }

    boolean illustrative() {
        return illustrative;
    }

    /** The detailed-plan units of the layer set, in layer order. */
    List<String> unitNames() {
        return List.copyOf(units.keySet());
    }

    /** The names of the layer's features that meet the unit (empty for townships or unknown layers). */
    List<String> featuresMeeting(Target target, String layer) {
        Map<String, List<String>> m = target.kind() == TargetKind.UNIT ? unitFeatures.get(target.name()) : null;
        return m == null ? List.of() : m.getOrDefault(layer, List.of());
    }

    /** km² of the layer (label) or feature (name) inside the target; empty when there is no such data. */
    Optional<Double> area(Target target, String layer) {
        Map<String, Double> areas = (target.kind() == TargetKind.TOWNSHIP ? townships : units).get(target.name());
        return areas == null ? Optional.empty() : Optional.ofNullable(areas.get(layer));
    }
}
