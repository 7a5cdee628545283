package org.plantrace.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import org.plantrace.infrastructure.DataDirectory;

/**
 * Gives the web app one EntityManagerFactory on the configured data directory, closed (and the
 * H2 file released) when the application stops.
 */
@ApplicationScoped
public class EntityManagerFactoryProducer {

    @Produces
    @ApplicationScoped
    EntityManagerFactory entityManagerFactory() {
        return PlanTracePersistence.open(DataDirectory.fromEnvironment());
    }

    void close(@Disposes EntityManagerFactory factory) {
        if (factory.isOpen()) {
            factory.close();
        }
    }
}
