package org.plantrace.infrastructure.spatial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import org.plantrace.spatial.engine.SpatialEngine;

/** Gives the web app the spatial engine of its database ({@link SpatialEngines#of}), asked once at first use. */
@ApplicationScoped
public class SpatialEngineProducer {
    @Produces
    @ApplicationScoped
    SpatialEngine spatialEngine(EntityManagerFactory factory) {
        return SpatialEngines.of(factory);
    }
}
