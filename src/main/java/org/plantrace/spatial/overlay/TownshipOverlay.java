package org.plantrace.spatial.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;

/**
 * Intersects every township with every other layer (not the county). The intersections run in
 * longitude/latitude, where shared edges are exact, and only the pieces are projected to be
 * measured. Pieces of one layer inside a township are unioned first, so a layer whose features
 * overlap is not counted twice.
 */
public final class TownshipOverlay {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** How candidate features are found for a township. */
    public enum Search {
        /** An STRtree per layer: only features whose envelope meets the township's. */
        INDEXED,
        /** Every feature of every layer: the baseline the index is measured against. */
        BRUTE_FORCE
    }

    private TownshipOverlay() {
    }

    /**
     * Measures the overlay's areas in m², by whatever runs the intersections (JTS here, PostGIS in
     * org.plantrace.infrastructure.spatial): row {@code t} is township {@code t} of {@code townships}
     * in file order, column 0 its own area, column {@code 1 + k} the area of {@code others.get(k)}
     * inside it (the layer's pieces unioned first). Areas are true areas: measured in
     * {@link #projection} of the layer set, so every measure agrees.
     */
    public interface Measure {
        double[][] areas(LayerSet set, Layer townships, List<Layer> others);
    }

    /** The overlay of {@code set}, which must hold a townships layer. */
    public static OverlayResult compute(LayerSet set) {
        return compute(set, Search.INDEXED);
    }

    public static OverlayResult compute(LayerSet set, Search search) {
        return compute(set, (s, townships, others) -> inMemory(s, townships, others, search));
    }

    /** The overlay of {@code set} with areas from {@code measure}: one assembly of rows, whoever measures. */
    public static OverlayResult compute(LayerSet set, Measure measure) {
        Layer townships = set.get(LayerKind.TOWNSHIP)
                .orElseThrow(() -> new IllegalArgumentException("no townships layer (townships.geojson)"));
        List<Layer> others = overlaid(set);
        double[][] areas = measure.areas(set, townships, others);
        List<TownshipRow> rows = new ArrayList<>();
        for (int t = 0; t < townships.features().size(); t++) {
            double area = areas[t][0];
            Map<String, LayerShare> shares = new LinkedHashMap<>();
            for (int k = 0; k < others.size(); k++) {
                Layer l = others.get(k);
                double inside = areas[t][1 + k];
                // two files of one kind (e.g. two red-line files) stay apart, the second keyed by its file name
                String key = shares.containsKey(l.label()) ? l.label() + " (" + l.name() + ")" : l.label();
                shares.put(key, new LayerShare(inside / 1e6, area == 0 ? 0 : inside / area));
            }
            rows.add(new TownshipRow(townships.features().get(t).name(), area / 1e6, shares));
        }
        return new OverlayResult(set.illustrative(), rows);
    }

    /** The layers a township is overlaid with: every layer but the townships and the county, in set order. */
    private static List<Layer> overlaid(LayerSet set) {
        List<Layer> others = new ArrayList<>();
        for (Layer l : set.layers()) {
            if (l.kind() != LayerKind.TOWNSHIP && l.kind() != LayerKind.COUNTY) {
                others.add(l);
            }
        }
        return others;
    }

    /** The equal-area projection every measure uses for {@code set}: centred on its envelope. */
    public static EqualArea projection(LayerSet set) {
        return EqualArea.centredOn(set.envelope());
    }

    private static double[][] inMemory(LayerSet set, Layer townships, List<Layer> others, Search search) {
        EqualArea projection = projection(set);
        List<LayerFeatures> features = new ArrayList<>();
        for (Layer l : others) {
            features.add(new LayerFeatures(l, search));
        }
        double[][] areas = new double[townships.features().size()][1 + others.size()];
        for (int t = 0; t < areas.length; t++) {
            Geometry township = townships.features().get(t).geometry();
            areas[t][0] = projection.project(township).getArea();
            for (int k = 0; k < features.size(); k++) {
                areas[t][1 + k] = features.get(k).areaWithin(township, projection);
            }
        }
        return areas;
    }

    /** One layer's polygons (features split into their parts), with or without an index over them. */
    private static final class LayerFeatures {
        final List<Geometry> features = new ArrayList<>();
        final STRtree tree;

        LayerFeatures(Layer layer, Search search) {
            // indexed part by part: a red line is one MultiPolygon across the county, its parts are local
            for (Feature f : layer.features()) {
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                    features.add(f.geometry().getGeometryN(i));
                }
            }
            if (search == Search.INDEXED) {
                tree = new STRtree();
                features.forEach(g -> tree.insert(g.getEnvelopeInternal(), g));
                tree.build();
            } else {
                tree = null;
            }
        }

        double areaWithin(Geometry township, EqualArea projection) {
            @SuppressWarnings("unchecked")
            List<Geometry> candidates = tree == null ? features : tree.query(township.getEnvelopeInternal());
            List<Geometry> pieces = new ArrayList<>();
            for (Geometry g : candidates) {
                Geometry piece = OverlayNGRobust.overlay(township, g, OverlayNG.INTERSECTION);
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
            if (pieces.isEmpty()) {
                return 0;
            }
            Geometry inside = pieces.size() == 1 ? pieces.get(0) : UnaryUnionOp.union(pieces, FACTORY);
            return projection.project(inside).getArea();
        }
    }
}
