package org.plantrace.spatial.engine;

import java.util.List;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.overlay.OverlayResult;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.ZoneAreas;

/**
 * The in-memory engine: an STRtree of prepared geometries for points ({@link FeatureIndex}) and
 * {@link TownshipOverlay} with an STRtree per layer. Any database; the only one on H2.
 */
public final class JtsEngine implements SpatialEngine {
    public static final JtsEngine INSTANCE = new JtsEngine();

    private JtsEngine() {
    }

    @Override
    public LoadedLayers load(String key, LayerSet layers) {
        return new LoadedLayers() {
            /** Built at the first point query: the checklists only overlay, and a tree of 10,000 parcels costs ~0.3 s. */
            private volatile FeatureIndex index;

            private FeatureIndex index() {
                FeatureIndex i = index;
                if (i == null) {
                    synchronized (this) {
                        if (index == null) {
                            index = new FeatureIndex(layers);
                        }
                        i = index;
                    }
                }
                return i;
            }

            @Override
            public List<FeatureIndex.Hit> containing(double lon, double lat) {
                return index().containing(lon, lat);
            }

            @Override
            public int size() {
                return index().size();
            }

            @Override
            public OverlayResult townshipOverlay() {
                return TownshipOverlay.compute(layers);
            }

            @Override
            public ZoneAreas zoneAreas(Layer zones, List<Layer> overlaid) {
                return ZoneAreas.inMemory(layers, zones, overlaid);
            }
        };
    }

    @Override
    public String name() {
        return "JTS";
    }
}
