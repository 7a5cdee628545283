package org.plantrace.extract.lint.numeric;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;

/** The numeric lint rules in catalogue order (NUM001–NUM005), and where NUM003 finds its layers. */
public final class NumericRules {
    static final String LAYERS = "layers";

    private NumericRules() {
    }

    /** The rules, NUM003 measuring {@code layers} (null: no layers, NUM003 reports "no data"). */
    public static List<LintRule> all(LayerSet layers) {
        return List.of(new ShareRule(), new SumRule(), new LayerAreaRule(layers), new PopulationRule(),
                new RepeatedIndicatorRule());
    }

    /** The rules for a plan document, with the layers {@link #locateLayers} finds for it. */
    public static List<LintRule> forDocument(Path document) {
        return all(locateLayers(document).map(NumericRules::readOrNull).orElse(null));
    }

    /**
     * The layers folder of a plan: {@code layers/} beside the document, else
     * {@code <corpus>/hunyuan/layers} with the corpus folder from {@code plantrace.corpus} (as the
     * gazetteer is found) or {@code ./corpus}.
     */
    public static Optional<Path> locateLayers(Path document) {
        Path beside = document.toAbsolutePath().getParent().resolve(LAYERS);
        if (Files.isDirectory(beside)) {
            return Optional.of(beside);
        }
        String corpus = System.getProperty("plantrace.corpus");
        Path base = corpus == null || corpus.isBlank() ? Path.of("corpus") : Path.of(corpus);
        Path shared = base.resolve("hunyuan").resolve(LAYERS);
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }

    /**
     * A folder whose layers cannot be read gives no layers: lint still runs, and NUM003 says it could
     * not check (the geometry report, not lint, is where a broken layer file is diagnosed).
     */
    private static LayerSet readOrNull(Path folder) {
        try {
            return LayerFolder.read(folder);
        } catch (InputRejectedException e) {
            return null;
        }
    }
}
