package org.plantrace.web.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.web.startup.CorpusLocator;

/**
 * The map layers the site shows, {@code <corpus>/hunyuan/layers/*.geojson}, read once per process:
 * the files are small, fixed data shipped with the corpus. Missing or unreadable layers mean no
 * map, logged once, never a failing page.
 */
public final class MapLayers {
    private static final Logger LOG = Logger.getLogger(MapLayers.class.getName());
    private static volatile Optional<LayerSet> shared;

    private MapLayers() {
    }

    /** The layers under the configured corpus, or empty when there are none. */
    public static Optional<LayerSet> shared() {
        Optional<LayerSet> s = shared;
        if (s == null) {
            synchronized (MapLayers.class) {
                s = shared;
                if (s == null) {
                    s = read(CorpusLocator.corpusRoot().resolve("hunyuan").resolve("layers"));
                    shared = s;
                }
            }
        }
        return s;
    }

    static Optional<LayerSet> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.info(() -> "no map layers at " + folder + "; clause pages show no map");
            return Optional.empty();
        }
        try {
            return Optional.of(LayerFolder.read(folder));
        } catch (InputRejectedException | RuntimeException e) {
            LOG.log(Level.WARNING, "map layers at " + folder + " not usable; clause pages show no map", e);
            return Optional.empty();
        }
    }
}
