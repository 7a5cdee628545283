package org.plantrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.docx.DocxReader;
import org.plantrace.ingest.pdf.PdfReader;
import org.plantrace.ingest.rendition.DocxRendition;
import org.plantrace.ingest.rendition.PdfRendition;
import org.plantrace.ingest.text.TextReader;

/**
 * The Word and PDF part of {@link ParseBench}: the seed rendered by the tests' own renditions
 * (1× and 10× the seed), then read back and timed.
 */
final class ParseBenchRenditions {
    private ParseBenchRenditions() {
    }

    static void run(Path seedFile) throws Exception {
        Path dir = Files.createTempDirectory("plantrace-bench");
        String seed = Files.readString(seedFile);
        System.out.println();
        for (int copies : new int[] {1, 10}) {
            Outline text = new TextReader().parse(seed.repeat(copies), "seed");
            List<Clause> forest = text.clauses();
            Path docx = dir.resolve("seed-" + copies + ".docx");
            DocxRendition.write(text.title(), forest, docx);
            Measurement d = Measurement.of(copies == 1 ? 5 : 1, copies == 1 ? 10 : 3, () -> new DocxReader().read(docx));
            ParseBench.row("seed×" + copies + " .docx", Files.size(docx), d, ParseBench.clauses(new DocxReader().read(docx)));
            Path pdf = dir.resolve("seed-" + copies + ".pdf");
            PdfRendition.write(text.title(), forest, pdf);
            Measurement p = Measurement.of(copies == 1 ? 3 : 1, copies == 1 ? 7 : 3, () -> new PdfReader().read(pdf));
            ParseBench.row("seed×" + copies + " .pdf", Files.size(pdf), p, ParseBench.clauses(new PdfReader().read(pdf)));
        }
    }
}
