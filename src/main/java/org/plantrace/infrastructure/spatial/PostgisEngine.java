package org.plantrace.infrastructure.spatial;

import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.LoadedLayers;
import org.plantrace.spatial.engine.SpatialEngine;

/** The spatial questions asked of PostGIS: layers loaded into its table ({@link PostgisIndex}), queried there. */
final class PostgisEngine implements SpatialEngine {
    private final EntityManagerFactory factory;

    PostgisEngine(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public LoadedLayers load(String key, LayerSet layers) {
        return new PostgisIndex(factory, key, layers);
    }

    @Override
    public String name() {
        return "PostGIS";
    }
}
