package org.plantrace.application.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A follower's position in a small text file beside the node's index, written atomically (a
 * temporary file moved over the old one), so a crash leaves the old position or the new one. A file
 * that cannot be read counts as no position: the node then starts at the log's end, after the
 * index's own catch-up on open.
 */
public final class PositionFile implements ChangeFollower.Position {
    private final Path file;

    public PositionFile(Path file) {
        this.file = file;
    }

    @Override
    public long load() {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void save(long id) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(id), StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the change-log position in " + file, e);
        }
    }
}
