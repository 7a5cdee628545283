package org.plantrace.defaults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A default file as the jar carries it, by its path in the project ({@code corpus/search/synonyms.txt},
 * {@code templates/transmission/rules.tsv}). Readers ask for it only when the file is not on disk.
 */
public final class PackagedDefaults {
    private static final String ROOT = "/org/plantrace/defaults/";
    /** Larger than any dictionary, rule table or template the project has. */
    private static final int MAX_BYTES = 8 << 20;

    private PackagedDefaults() {
    }

    /** The packaged copy of {@code name}, if the jar has one. */
    public static Optional<byte[]> bytes(String name) {
        try (InputStream in = PackagedDefaults.class.getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readNBytes(MAX_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("packaged default unreadable: " + name, e);
        }
    }

    /** The file's lines if it is on disk, else the packaged copy's; empty if neither exists. */
    public static Optional<List<String>> lines(Path file, String name) throws IOException {
        if (Files.isRegularFile(file)) {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return bytes(name).map(b -> new String(b, StandardCharsets.UTF_8).lines().toList());
    }
}
