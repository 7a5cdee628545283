package org.plantrace.web.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.plantrace.transmission.TargetKind;
import org.plantrace.transmission.output.ChecklistFormat;

/**
 * The checklist files of published versions, written once and kept in the data folder
 * ({@code <data>/checklists/<plan>/v<n>/<kind>-<hash of the name>.<ext>}): a published version
 * never changes, so neither does its checklist, and serving the stored file costs no derivation and
 * no PDF layout (issue #15 item 2). A file is written to a temporary name and moved into place, so
 * a reader never gets half a file and two first requests at once both end with the same whole
 * file. Drafts are never stored. After changing the derivation rules, the Word template or the
 * gazetteer, delete {@code <data>/checklists} to have the files written again.
 */
final class PublishedFiles {
    /** What writes a file's bytes when it is not stored yet. */
    interface Writer {
        byte[] write() throws IOException;
    }

    /** The files being written now, each with the lock its other first readers wait on. */
    private static final ConcurrentHashMap<Path, Object> WRITING = new ConcurrentHashMap<>();

    private final Path root;

    PublishedFiles(Path root) {
        this.root = root;
    }

    /** The stored file, written by {@code writer} first if there is none yet. */
    Path file(String plan, int version, TargetKind kind, String name, ChecklistFormat format, Writer writer) throws IOException {
        Path file = root.resolve(segment(plan)).resolve("v" + version)
                .resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + hash(name) + "." + format.extension());
        if (Files.isRegularFile(file)) {
            return file;
        }
        // the first requests for a file often come together (a link sent round): one writes it, the
        // others wait for it instead of each laying out the same Word or PDF file on two cores
        Object writing = WRITING.computeIfAbsent(file, k -> new Object());
        synchronized (writing) {
            try {
                if (Files.isRegularFile(file)) {
                    return file;
                }
                byte[] body = writer.write();
                Files.createDirectories(file.getParent());
                Path partial = Files.createTempFile(file.getParent(), ".writing-", ".tmp");
                try {
                    Files.write(partial, body);
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
                return file;
            } finally {
                WRITING.remove(file, writing);
            }
        }
    }

    /** A plan code as a folder name: kept when plainly safe, else its hash. */
    private static String segment(String plan) {
        return plan.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,80}") ? plan : hash(plan);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
