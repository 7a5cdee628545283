package org.plantrace.transmission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.JtsEngine;
import org.plantrace.spatial.engine.LoadedLayers;
import org.plantrace.spatial.overlay.LayerShare;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.TownshipRow;
import org.plantrace.spatial.overlay.ZoneAreas;

/**
 * The areas (km²) of the layers inside each township ({@link TownshipOverlay}) and inside each
 * detailed-plan unit (the unit intersected with every layer of the central city, by layer label and,
 * for layers of several features, by feature name: 核心保护范围, 建设控制地带). Computed once per layer
 * set, by the engine the layers were loaded into (JTS, or PostGIS: {@link ZoneAreas}). A layer
 * missing from the set is absent from the maps: "no data", never "zero".
 */
final class TargetAreas {
    private static final List<LayerKind> UNIT_LAYERS = List.of(LayerKind.CENTRAL_CITY, LayerKind.HISTORIC_CITY,
            LayerKind.HISTORIC_DISTRICT, LayerKind.OTHER);

    private final boolean illustrative;
    private final Map<String, Map<String, Double>> townships = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> units = new LinkedHashMap<>();
    /** Per unit and layer label: the names of the layer's features that meet the unit. */
    private final Map<String, Map<String, List<String>>> unitFeatures = new LinkedHashMap<>();

    TargetAreas(LayerSet set) {
        this(set, layers -> JtsEngine.INSTANCE.load("", layers));
    }

    /** {@code loading}: where the overlays run (in memory, or in PostGIS: issue #16.3). */
    TargetAreas(LayerSet set, Function<LayerSet, LoadedLayers> loading) {
        this.illustrative = set != null && set.illustrative();
        if (set == null) {
            return;
        }
        LoadedLayers loaded = loading.apply(set);
        if (set.get(LayerKind.TOWNSHIP).isPresent()) {
            for (TownshipRow row : loaded.townshipOverlay().townships()) {
                Map<String, Double> areas = new LinkedHashMap<>();
                for (Map.Entry<String, LayerShare> e : row.layers().entrySet()) {
                    areas.put(e.getKey(), e.getValue().areaKm2());
                }
                townships.put(row.name(), areas);
            }
        }
        Optional<Layer> unitLayer = set.get(LayerKind.DETAILED_PLAN_UNIT);
        if (unitLayer.isPresent()) {
            List<Layer> layers = set.layers().stream().filter(l -> UNIT_LAYERS.contains(l.kind())).toList();
            ZoneAreas measured = loaded.zoneAreas(unitLayer.get(), layers);
            List<Feature> unitList = unitLayer.get().features();
            for (int u = 0; u < unitList.size(); u++) {
                Map<String, Double> areas = new LinkedHashMap<>();
                Map<String, List<String>> met = new LinkedHashMap<>();
                for (int k = 0; k < layers.size(); k++) {
                    Layer l = layers.get(k);
                    List<String> meeting = new ArrayList<>();
                    met.put(l.label(), meeting);
                    for (int i = 0; i < l.features().size(); i++) {
                        double a = measured.feature()[u][k][i] / 1e6;
                        if (l.features().size() > 1) {
                            areas.merge(l.features().get(i).name(), a, Double::sum);
                        }
                        if (a > 1e-6) {
                            meeting.add(l.features().get(i).name());
                        }
                    }
                    areas.put(l.label(), measured.layer()[u][k] / 1e6);
                }
                units.put(unitList.get(u).name(), areas);
                unitFeatures.put(unitList.get(u).name(), met);
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
