package org.plantrace.planpackage;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plantrace.ingest.InputRejectedException;

/**
 * Makes the package of a plan brought in later (a township plan uploaded under its county plan):
 * {@code <root>/<code>/} with a copy of the document, a {@code plan.properties} naming it (and its
 * parent) and a {@code SOURCE.md} saying where it came from. The folder is written beside its final
 * place and moved there in one step, so a failure leaves no half package for discovery to find.
 */
public final class PackageWriter {
    /** A code is a folder name as well: letters, digits, '_' and '-', not starting with '-' or '.'. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]{0,99}");

    private PackageWriter() {
    }

    /**
     * Writes the package and returns it, its parent set.
     *
     * @param root     the folder packages are kept in (the data folder's {@code plans/})
     * @param keys     further plan.properties keys (name, level, region …), written as given
     * @param origin   one line for SOURCE.md: who brought the document in, when, from what
     * @throws InputRejectedException the code is unusable or taken, or the files cannot be written
     */
    public static PlanPackage write(Path root, String code, Path document, PlanPackage parent, Map<String, String> keys,
            String origin) throws InputRejectedException {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InputRejectedException(String.valueOf(code), "规划代码只能含字母、数字、_ 和 -（不超过 100 个字符）");
        }
        Path target = root.toAbsolutePath().normalize().resolve(code);
        if (Files.exists(target)) {
            throw new InputRejectedException(target.toString(), "已有同名规划资料包，请换一个规划代码");
        }
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempDirectory(root, "." + code + "-");
            String documentName = document.getFileName().toString();
            Files.copy(document, temp.resolve(documentName));
            Properties p = new Properties();
            p.putAll(keys);
            p.setProperty("code", code);
            p.setProperty("document", documentName);
            if (parent != null) {
                p.setProperty("parent", parent.code());
            }
            StringWriter text = new StringWriter();
            p.store(text, "The plan this folder holds; written by PlanTrace when the plan was brought in. See SOURCE.md.");
            Files.writeString(temp.resolve(PlanPackage.PROPERTIES), text.toString(), StandardCharsets.UTF_8);
            Files.writeString(temp.resolve("SOURCE.md"), "# " + code + "\n\n" + origin.strip() + "\n\n"
                    + (parent == null ? "" : "Gazetteer and layers: inherited from the parent plan " + parent.code()
                    + " unless this folder has its own gazetteer.tsv or layers/.\n"), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
        } catch (IOException e) {
            throw new InputRejectedException(target.toString(), "规划资料包无法写入: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
        PlanPackage made = PlanPackage.of(target);
        return parent == null ? made : PlanPackage.withParent(made, parent);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a left-over hidden temp folder has no plan.properties at the top level: discovery skips it
        }
    }
}
