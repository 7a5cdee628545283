package org.plantrace.ingest.institute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Exports a .docx to PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), the second
 * PDF producer of the acceptance tests. Debian package: libreoffice-writer-nogui. Without soffice
 * the test is skipped locally with a message; on CI (environment CI=true) it fails instead.
 */
final class LibreOfficePdf {
    private LibreOfficePdf() {
    }

    static Path convert(Path docx, Path outDir) throws Exception {
        String soffice = find();
        if (soffice == null) {
            String message = "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " — required on CI");
            }
            Assumptions.abort(message);
        }
        Files.createDirectories(outDir);
        // a profile of its own, so that a running LibreOffice or a parallel test does not block it
        Path profile = outDir.resolve("lo-profile");
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 180 s");
        assertEquals(0, p.exitValue(), () -> "soffice failed: " + read(outDir.resolve("soffice.log")));
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        Path pdf = outDir.resolve(name);
        assertTrue(Files.isRegularFile(pdf), () -> "soffice wrote no PDF: " + read(outDir.resolve("soffice.log")));
        return pdf;
    }

    private static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
