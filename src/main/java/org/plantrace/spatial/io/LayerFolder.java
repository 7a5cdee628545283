package org.plantrace.spatial.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;

/** Reads every {@code *.geojson} file of a folder (sorted by name) as one layer set. */
public final class LayerFolder {
    private LayerFolder() {
    }

    public static LayerSet read(Path folder) throws InputRejectedException {
        String name = String.valueOf(folder);
        if (!Files.isDirectory(folder)) {
            throw new InputRejectedException(name, "不是图层文件夹 / not a folder of layer files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".geojson")).sorted().toList();
        } catch (IOException e) {
            throw new InputRejectedException(name, "无法列出文件 / cannot list the folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputRejectedException(name, "文件夹中没有 .geojson 图层 / the folder has no .geojson layers");
        }
        GeoJsonLayerReader reader = new GeoJsonLayerReader();
        List<Layer> layers = new ArrayList<>();
        for (Path f : files) {
            layers.add(reader.read(f));
        }
        return new LayerSet(layers);
    }
}
