package org.plantrace.web.startup;

import java.nio.file.Path;
import org.plantrace.planpackage.PlanPackages;

/**
 * Finds the corpus folder: the system property {@code plantrace.corpus} if set, else
 * {@code corpus/} in the working directory, which is the project folder under {@code mvn jetty:run}.
 * The plan packages in it are found by {@link PlanPackages}.
 */
public final class CorpusLocator {
    public static final String PROPERTY = PlanPackages.CORPUS_PROPERTY;

    private CorpusLocator() {
    }

    public static Path corpusRoot() {
        return PlanPackages.corpusRoot();
    }
}
