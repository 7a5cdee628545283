package org.plantrace.search.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The versions whose clause edits the index holds in memory but has not committed yet, written to a
 * small file in the index folder before the edit is buffered. A Lucene commit costs several file
 * syncs (50–300 ms on a busy disk, more than the rest of a save), so edits are committed a moment
 * later in one go; if the process dies in between, the index's last commit still names the same
 * versions and statuses as the database and would look current: this file is what tells the next
 * start to re-index those versions. The file is written and synced only when a version is added,
 * not per edit, and removed after the commit that holds every pending edit.
 */
public final class PendingEdits {
    static final String FILE = "plantrace-pending-edits.tsv";

    /** One version with uncommitted edits. */
    public record Version(String plan, int number) {
    }

    private final Path file;
    private final Set<String> lines = new TreeSet<>();

    /** @param folder the index folder; null for an in-memory index, which has nothing to survive */
    PendingEdits(Path folder) {
        this.file = folder == null ? null : folder.resolve(FILE);
    }

    /** Records the version durably, if it is not already pending; before its edit is buffered. */
    synchronized void add(String plan, int number) throws IOException {
        if (!lines.add(plan + '\t' + number) || file == null) {
            return;
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.writeString(tmp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    synchronized boolean isEmpty() {
        return lines.isEmpty();
    }

    /** After a commit that holds every buffered edit. */
    synchronized void clear() throws IOException {
        lines.clear();
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** What an earlier run left pending (it died before committing); empty when it committed. */
    List<Version> leftOver() throws IOException {
        List<Version> out = new ArrayList<>();
        if (file == null || !Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2 && f[1].matches("\\d{1,9}")) {
                out.add(new Version(f[0], Integer.parseInt(f[1])));
            }
        }
        return out;
    }
}
