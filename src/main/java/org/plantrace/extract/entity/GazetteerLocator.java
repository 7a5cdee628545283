package org.plantrace.extract.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the command line and the web app find the gazetteer: {@code <corpus>/hunyuan/gazetteer.tsv},
 * the corpus folder being the system property {@code plantrace.corpus} (as the web app uses it) or
 * else {@code ./corpus}. Absent is not an error: linking then finds nothing.
 */
public final class GazetteerLocator {
    public static final String FILE_NAME = "gazetteer.tsv";

    private GazetteerLocator() {
    }

    public static Optional<Path> locate() {
        String corpus = System.getProperty("plantrace.corpus");
        Path base = corpus == null || corpus.isBlank() ? Path.of("corpus") : Path.of(corpus);
        for (Path candidate : new Path[] {base.resolve("hunyuan").resolve(FILE_NAME), base.resolve(FILE_NAME)}) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The located gazetteer, or an empty one when there is none. A malformed file is refused. */
    public static Gazetteer loadOrEmpty() {
        return locate().map(GazetteerFormat::read).orElseGet(Gazetteer::empty);
    }
}
