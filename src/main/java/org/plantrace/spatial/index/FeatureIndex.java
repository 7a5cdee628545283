package org.plantrace.spatial.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;

/**
 * An STRtree over every feature of a layer set (prepared geometries, in longitude/latitude). Built once, then read-only
 * (safe to share between threads once built: the tree is built eagerly in the constructor).
 */
public final class FeatureIndex implements PointIndex {
    /** One feature that contains a queried point. */
    public record Hit(Layer layer, Feature feature) {
    }

    /** {@code order}: position in the layer set, so hits come back in layer order without comparing names. */
    private record Entry(int order, Layer layer, Feature feature, PreparedGeometry prepared) {
    }

    private static final GeometryFactory POINTS = new GeometryFactory();
    private final STRtree tree = new STRtree();
    private final int size;

    public FeatureIndex(LayerSet layers) {
        int n = 0;
        for (Layer layer : layers.layers()) {
            for (Feature f : layer.features()) {
                tree.insert(f.geometry().getEnvelopeInternal(),
                        new Entry(n, layer, f, PreparedGeometryFactory.prepare(f.geometry())));
                n++;
            }
        }
        tree.build();
        size = n;
    }

    /** The features containing (lon, lat), boundaries included, in layer order then file order. */
    public List<Hit> containing(double lon, double lat) {
        Point p = POINTS.createPoint(new Coordinate(lon, lat));
        List<Entry> found = new ArrayList<>();
        for (Object o : tree.query(new Envelope(lon, lon, lat, lat))) {
            Entry e = (Entry) o;
            if (e.prepared().covers(p)) {
                found.add(e);
            }
        }
        found.sort(BY_ORDER);
        List<Hit> hits = new ArrayList<>(found.size());
        for (Entry e : found) {
            hits.add(new Hit(e.layer(), e.feature()));
        }
        return hits;
    }

    private static final Comparator<Entry> BY_ORDER = Comparator.comparingInt(Entry::order);

    public int size() {
        return size;
    }
}
