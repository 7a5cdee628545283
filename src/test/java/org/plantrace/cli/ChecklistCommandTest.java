package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code checklist} on a data directory with the Hunyuan plan ingested and published. */
class ChecklistCommandTest {
    @TempDir
    static Path tmp;
    static String data;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("data").toString();
        Run r = run("ingest", "corpus/hunyuan", "--data", data, "--publish");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void oneTownshipAsJsonOnStdout() throws Exception {
        Run r = run("checklist", "--township", "王庄堡镇", "--data", data);
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("王庄堡镇", json.get("target").asText());
        assertEquals(1, json.get("planVersion").asInt());
        assertTrue(json.get("items").size() > 0);
        for (JsonNode item : json.get("items")) {
            for (String field : List.of("category", "requirement", "mandatory", "target", "sourceClauses", "rule")) {
                assertTrue(item.has(field), field + " in " + item);
            }
            for (JsonNode source : item.get("sourceClauses")) {
                assertFalse(source.get("uid").asText().isEmpty(), item.toString());
            }
        }
    }

    @Test
    void aVariantNameFindsTheTownship() throws Exception {
        Run r = run("checklist", "--township", "王庄堡", "--data", data);
        assertEquals(0, r.code(), r.err());
        assertEquals("王庄堡镇", new ObjectMapper().readTree(r.out()).get("target").asText());
    }

    @Test
    void withABaseUrlTheRealPlansArticlesAreLinked() throws Exception {
        Path docx = tmp.resolve("out/linked.docx");
        Run w = run("checklist", "--township", "王庄堡镇", "--format", "docx", "--out", docx.toString(), "--data", data,
                "--base-url", "http://localhost:8080/plantrace");
        assertEquals(0, w.code(), w.err());
        var links = org.plantrace.transmission.output.ClauseLinksOutputTest.hyperlinks(WordprocessingMLPackage.load(docx.toFile()));
        assertTrue(links.stream().anyMatch(l -> l[0].matches("第[一二三四五六七八九十百]+条.*（第.+章.*）")
                && l[1].startsWith("http://localhost:8080/plantrace/plans/hunyuan-2021-2035/1/clauses/")),
                "an article number with chapter and section, linked: " + links.stream().limit(5).map(l -> l[0] + " → " + l[1]).toList());
        Path pdf = tmp.resolve("out/linked.pdf");
        Run p = run("checklist", "--township", "王庄堡镇", "--format", "pdf", "--out", pdf.toString(), "--data", data,
                "--base-url", "http://localhost:8080/plantrace");
        assertEquals(0, p.code(), p.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var uris = org.plantrace.transmission.output.ClauseLinksOutputTest.links(doc);
            assertTrue(uris.stream().anyMatch(l -> l[0].startsWith("第") && l[1].startsWith("http://localhost:8080/plantrace/plans/")),
                    uris.stream().limit(5).map(l -> l[0] + " → " + l[1]).toList().toString());
        }
    }

    @Test
    void wordAndPdfFilesOpenAgain() throws Exception {
        Path docx = tmp.resolve("out/wzp.docx");
        Run w = run("checklist", "--township", "王庄堡镇", "--format", "docx", "--out", docx.toString(), "--data", data);
        assertEquals(0, w.code(), w.err());
        String text = TextUtils.getText(WordprocessingMLPackage.load(new ByteArrayInputStream(Files.readAllBytes(docx)))
                .getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("王庄堡镇传导清单"), text);

        Path folder = Files.createDirectories(tmp.resolve("pdfs"));
        Run p = run("checklist", "--township", "王庄堡镇", "--format", "PDF", "--out", folder.toString(), "--data", data);
        assertEquals(0, p.code(), p.err());
        Path pdf = folder.resolve("王庄堡镇-传导清单-第1版.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("王庄堡镇传导清单"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void allWritesOneFilePerTarget() throws Exception {
        Path folder = tmp.resolve("all-json");
        Run r = run("checklist", "--all", "--out", folder.toString(), "--data", data);
        assertEquals(0, r.code(), r.err());
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        assertTrue(files.size() > 10, "every township and unit: " + files);
        assertTrue(files.contains(folder.resolve("王庄堡镇-传导清单-第1版.json")), files.toString());
        assertTrue(files.contains(folder.resolve("蔡村镇-传导清单-第1版.json")), files.toString());
        assertTrue(r.out().contains(files.size() + " 个文件"), r.out());
        for (Path f : files) {
            JsonNode json = new ObjectMapper().readTree(f.toFile());
            assertEquals(f.getFileName().toString(), json.get("target").asText() + "-传导清单-第1版.json");
        }
    }

    @Test
    void anUnknownTownshipIsRefusedWithTheValidNames() {
        Run r = run("checklist", "--township", "火星镇", "--data", data);
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("火星镇") && r.err().contains("王庄堡镇") && r.err().contains("蔡村镇"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        assertEquals(1, run("checklist", "--data", data).code(), "no target");
        assertEquals(1, run("checklist", "--all", "--township", "王庄堡镇", "--data", data).code(), "two targets");
        assertEquals(1, run("checklist", "--township", "王庄堡镇", "--format", "xlsx", "--data", data).code());
        assertEquals(1, run("checklist", "--township").code());
        assertEquals(1, run("checklist", "--all", "--version", "zwei").code());
    }

    @Test
    void draftsOnlyWhenAsked() throws Exception {
        String drafts = tmp.resolve("drafts").toString();
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", drafts, "--publish").code());
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", drafts).code(), "version 2, a draft");
        Run published = run("checklist", "--township", "王庄堡镇", "--data", drafts);
        assertEquals(0, published.code(), published.err());
        assertEquals(1, new ObjectMapper().readTree(published.out()).get("planVersion").asInt());
        Run draft = run("checklist", "--township", "王庄堡镇", "--drafts", "--data", drafts);
        assertEquals(0, draft.code(), draft.err());
        assertEquals(2, new ObjectMapper().readTree(draft.out()).get("planVersion").asInt());
        Run refused = run("checklist", "--township", "王庄堡镇", "--version", "2", "--data", drafts);
        assertEquals(2, refused.code(), "the public may not read draft 2: " + refused.out());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("--drafts"), refused.err());
    }

    @Test
    void anUnknownVersionOrPlanIsRefused() {
        Run v = run("checklist", "--township", "王庄堡镇", "--version", "9", "--data", data);
        assertEquals(2, v.code(), v.err());
        assertTrue(v.err().contains("9"), v.err());
        Run p = run("checklist", "--township", "王庄堡镇", "--plan", "nope", "--data", data);
        assertEquals(2, p.code(), p.err());
        assertTrue(p.err().contains("nope") && p.err().contains("hunyuan"), p.err());
    }
}
