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

    /** The overlay of {@code set}, which must hold a townships layer. */
    public static OverlayResult compute(LayerSet set) {
        return compute(set, Search.INDEXED);
    }

    public static OverlayResult compute(LayerSet set, Search search) {
        Layer townships = set.get(LayerKind.TOWNSHIP)
                .orElseThrow(() -> new IllegalArgumentException("no townships layer (townships.geojson)"));
        EqualArea projection = EqualArea.centredOn(set.envelope());
        List<LayerFeatures> others = new ArrayList<>();
        for (Layer l : set.layers()) {
            if (l.kind() != LayerKind.TOWNSHIP && l.kind() != LayerKind.COUNTY) {
                others.add(new LayerFeatures(l, search));
            }
        }
        List<TownshipRow> rows = new ArrayList<>();
        for (Feature t : townships.features()) {
            Geometry township = t.geometry();
            double area = projection.project(township).getArea();
            Map<String, LayerShare> shares = new LinkedHashMap<>();
            for (LayerFeatures l : others) {
                double inside = l.areaWithin(township, projection);
                // two files of one kind (e.g. two red-line files) stay apart, the second keyed by its file name
                String key = shares.containsKey(l.layer.label()) ? l.layer.label() + " (" + l.layer.name() + ")" : l.layer.label();
                shares.put(key, new LayerShare(inside / 1e6, area == 0 ? 0 : inside / area));
            }
            rows.add(new TownshipRow(t.name(), area / 1e6, shares));
        }
        return new OverlayResult(set.illustrative(), rows);
    }

    /** One layer's polygons (features split into their parts), with or without an index over them. */
    private static final class LayerFeatures {
        final Layer layer;
        final List<Geometry> features = new ArrayList<>();
        final STRtree tree;

        LayerFeatures(Layer layer, Search search) {
            this.layer = layer;
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
