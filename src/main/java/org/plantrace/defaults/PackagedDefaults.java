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
 * {@code templates/transmission/rules.tsv}). Asked for only when no folder was configured and the
 * default one is not on disk (a command run outside the project folder); a folder named with
 * {@code -Dplantrace.templates} that lacks a file is still an error naming it.
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

    /**
     * The packaged copies of {@code files} in {@code folder} ({@code templates}, {@code corpus/search}),
     * written once into a temporary folder that is returned: for readers that take a folder. Locators
     * use it only when no folder was configured and the default one is not there.
     */
    public static synchronized Path folder(String folder, List<String> files) {
        return EXTRACTED.computeIfAbsent(folder, f -> {
            try {
                Path dir = Files.createTempDirectory("plantrace-defaults-");
                for (String file : files) {
                    byte[] b = bytes(f + "/" + file).orElseThrow(() -> new IOException("not packaged: " + f + "/" + file));
                    Path target = dir.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.write(target, b);
                    target.toFile().deleteOnExit();
                    target.getParent().toFile().deleteOnExit();
                }
                dir.toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("packaged defaults unavailable: " + f, e);
            }
        });
    }

    private static final java.util.Map<String, Path> EXTRACTED = new java.util.HashMap<>();

    /** The file's lines if it is on disk, else the packaged copy's; empty if neither exists. */
    public static Optional<List<String>> lines(Path file, String name) throws IOException {
        if (Files.isRegularFile(file)) {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return bytes(name).map(b -> new String(b, StandardCharsets.UTF_8).lines().toList());
    }
}
