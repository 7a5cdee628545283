package org.plantrace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The working folder of a bench, given with {@code -Dbench.dir}. A bench empties its folder before
 * it starts, so it must never empty one it did not make: a mistyped {@code -Dbench.dir=/work/..}
 * once deleted a whole workspace. A folder a bench made carries a marker file; a folder that is
 * neither empty nor marked is refused.
 */
final class BenchFolder {
    static final String MARKER = ".plantrace-bench";

    private BenchFolder() {
    }

    /** Empties {@code dir} (or creates it) and marks it as a bench's. */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            refuseUnlessOurs(dir);
            delete(dir);
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "made by a PlantRace bench; deleted by the next run\n");
        return dir;
    }

    /** Deletes {@code dir} and everything in it, when a bench made it. */
    static void remove(Path dir) throws IOException {
        if (Files.exists(dir)) {
            refuseUnlessOurs(dir);
            delete(dir);
        }
    }

    private static void refuseUnlessOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("bench folder " + dir + " is a file, not a folder");
        }
        boolean marked = Files.isRegularFile(dir.resolve(MARKER));
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!marked && !empty) {
            throw new IllegalArgumentException("refusing to empty " + dir.toAbsolutePath().normalize()
                    + ": it is not empty and no bench made it (no " + MARKER + " file); give -Dbench.dir a new folder");
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
