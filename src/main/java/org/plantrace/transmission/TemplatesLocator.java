package org.plantrace.transmission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.defaults.PackagedDefaults;

/**
 * Where the templates folder is: the system property {@value #PROPERTY} if set, else
 * {@code templates/} beside the corpus folder (the parent of {@code plantrace.corpus}), else
 * {@code ./templates} — the project folder under {@code mvn jetty:run} and in tests — else the
 * templates the program carries ({@link PackagedDefaults}).
 */
public final class TemplatesLocator {
    public static final String PROPERTY = "plantrace.templates";

    private TemplatesLocator() {
    }

    public static Path templatesRoot() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        String corpus = System.getProperty("plantrace.corpus");
        if (corpus != null && !corpus.isBlank()) {
            Path parent = Path.of(corpus).toAbsolutePath().normalize().getParent();
            if (parent != null && java.nio.file.Files.isDirectory(parent.resolve("templates"))) {
                return parent.resolve("templates");
            }
        }
        Path local = Path.of("templates").toAbsolutePath().normalize();
        if (Files.isDirectory(local)) {
            return local;
        }
        // run outside the project folder, nothing configured: the templates the program carries
        return PackagedDefaults.folder("templates", List.of(DerivationRules.FOLDER + "/" + DerivationRules.RULES,
                DerivationRules.FOLDER + "/" + DerivationRules.CATEGORIES, "checklist/checklist.xml"));
    }
}
