package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review} on a data directory with the Hunyuan plan ingested and published, and its refusals. */
class ReviewCommandTest {
    private static final String SAMPLE = "src/test/resources/review/wangzhuangbao.txt";

    @TempDir
    static Path tmp;
    static String data;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("data").toString();
        Run r = run("ingest", "corpus/hunyuan", "--data", data, "--publish");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void jsonOnStdoutInTheIssuesShape() throws Exception {
        Run r = run("review", SAMPLE, "--township", "王庄堡", "--data", data);
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("王庄堡镇", json.get("township").asText(), "a gazetteer variant names the township");
        assertEquals("hunyuan-2021-2035", json.get("countyPlan").get("code").asText());
        assertEquals(1, json.get("countyPlan").get("version").asInt());
        assertTrue(json.get("townshipPlan").get("title").asText().contains("王庄堡镇国土空间总体规划"), json.get("townshipPlan").toString());
        assertEquals("修改完善后通过", json.get("conclusion").asText());
        int total = 0;
        for (String s : List.of("met", "violated", "partial", "missing", "unclear")) {
            total += json.get("summary").get(s).asInt();
        }
        assertEquals(json.get("findings").size(), total);
        boolean village = false;
        for (JsonNode f : json.get("findings")) {
            for (String field : List.of("status", "category", "requirement", "mandatory", "severity", "countyClauses", "townshipClauses",
                    "evidence", "reason", "rule")) {
                assertTrue(f.has(field), field + " in " + f);
            }
            for (JsonNode c : f.get("countyClauses")) {
                assertTrue(c.has("uid") && c.has("path") && c.has("text"), c.toString());
            }
            for (JsonNode c : f.get("townshipClauses")) {
                assertTrue(c.has("id") && c.has("heading") && c.has("text"), c.toString());
            }
            if (f.get("rule").asText().startsWith("d-village-land")) {
                village = true;
                assertEquals("violated", f.get("status").asText());
                assertTrue(f.get("reason").asText().contains("220 平方米/人 > 200 平方米/人"), f.get("reason").asText());
                assertTrue(f.get("evidence").asText().contains("220平方米/人"));
            }
        }
        assertTrue(village);
    }

    @Test
    void csvToAFile() throws Exception {
        Path csv = tmp.resolve("out/review.csv");
        Run r = run("review", SAMPLE, "--township", "王庄堡镇", "--data", data, "--format", "csv", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFF\"序号\",\"结论\""), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"不符合\"") && l.contains("王庄堡变")), "the substation finding");
    }

    @Test
    void wordOpinion() throws Exception {
        Path docx = tmp.resolve("out/审查意见书.docx");
        Run r = run("review", SAMPLE, "--township", "王庄堡镇", "--data", data, "--format", "docx", "--out", docx.toString(), "--reviewer", "张审查");
        assertEquals(0, r.code(), r.err());
        String text = org.docx4j.TextUtils.getText(org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(docx.toFile())
                .getMainDocumentPart().getJaxbElement());
        for (String words : List.of("王庄堡镇国土空间总体规划符合性审查意见书", "审查依据：《浑源县国土空间总体规划（2021—2035年）》（第 1 版）",
                "审查人：张审查", "修改完善后通过", "问题说明与修改意见", "220 平方米/人 > 200 平方米/人", "请补充落实该项县级规划要求", "二、指标对照", "三、需人工判定事项")) {
            assertTrue(text.contains(words), words);
        }
        assertFalse(text.contains("${"), "every placeholder filled");
    }

    @Test
    void pdfOpinion() throws Exception {
        Path pdf = tmp.resolve("out/审查意见书.pdf");
        Run r = run("review", SAMPLE, "--township", "王庄堡镇", "--data", data, "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, r.code(), r.err());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String words : List.of("王庄堡镇国土空间总体规划符合性审查意见书", "审查人：命令行", "【不符合】", "220平方米/人>200平方米/人",
                    "三、需人工判定事项", "耕地保有量")) {
                assertTrue(text.contains(words), words);
            }
        }
    }

    @Test
    void wordAndPdfOpinionsLinkTheCountyClausesToTheirAddresses() throws Exception {
        String base = "https://plan.example.cn/pt";
        String prefix = base + "/plans/hunyuan-2021-2035/1/clauses/";
        Path docx = tmp.resolve("out/linked.docx");
        Run r = run("review", SAMPLE, "--township", "王庄堡镇", "--data", data, "--format", "docx", "--out", docx.toString(), "--base-url", base);
        assertEquals(0, r.code(), r.err());
        var word = org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(docx.toFile());
        List<String[]> links = org.plantrace.transmission.output.ClauseLinksOutputTest.hyperlinks(word);
        assertFalse(links.isEmpty());
        for (String[] l : links) {
            assertTrue(l[1].startsWith(prefix), l[1]);
        }
        assertTrue(links.stream().anyMatch(l -> l[0].startsWith("《浑源县国土空间总体规划（2021—2035年）》第") && l[0].contains("条")),
                "a citation as planners write it is the link: " + links.stream().map(l -> l[0]).toList());
        String text = org.docx4j.TextUtils.getText(word.getMainDocumentPart().getJaxbElement());
        assertTrue(text.contains("条款地址：" + prefix), "the shared address printed once in the header");

        Path pdf = tmp.resolve("out/linked.pdf");
        r = run("review", SAMPLE, "--township", "王庄堡镇", "--data", data, "--format", "pdf", "--out", pdf.toString(), "--base-url", base);
        assertEquals(0, r.code(), r.err());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<String[]> uris = org.plantrace.transmission.output.ClauseLinksOutputTest.links(doc);
            assertFalse(uris.isEmpty());
            for (String[] l : uris) {
                assertTrue(l[1].startsWith(prefix), l[1]);
            }
            assertTrue(uris.stream().anyMatch(l -> l[0].startsWith("《浑源县")), "the link lies over the citation: "
                    + uris.stream().limit(5).map(l -> l[0]).toList());
        }
        assertEquals(1, run("review", SAMPLE, "--township", "王庄堡镇", "--data", data, "--format", "pdf", "--out", pdf.toString(),
                "--base-url", "plan.example.cn").code(), "a base that is not a web address is a usage error");
    }

    @Test
    void refusals() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path english = tmp.resolve("english.txt");
        Files.writeString(english, "Township Master Plan\n\nChapter 1 General\n\nArticle 1 This plan implements the county plan. "
                .repeat(5), StandardCharsets.UTF_8);
        Path novel = tmp.resolve("novel.txt");
        Files.writeString(novel, "第一章 春天\n\n春天来了，河边的柳树发了新芽，孩子们在田埂上奔跑，老人坐在门口晒太阳，说着去年的收成和今年的雨水。\n"
                .repeat(3), StandardCharsets.UTF_8);
        assertRefused(run("review", empty.toString(), "--township", "王庄堡镇", "--data", data), "empty.txt");
        assertRefused(run("review", english.toString(), "--township", "王庄堡镇", "--data", data), "英文");
        assertRefused(run("review", novel.toString(), "--township", "王庄堡镇", "--data", data), "不是规划文本");
        assertRefused(run("review", "corpus/hunyuan/hunyuan-2021-2035.txt", "--township", "王庄堡镇", "--data", data), "县级规划");
        assertRefused(run("review", SAMPLE, "--township", "北京镇", "--data", data), "北京镇");
        assertRefused(run("review", tmp.resolve("missing.txt").toString(), "--township", "王庄堡镇", "--data", data), "missing.txt");
    }

    @Test
    void noPublishedCountyVersion() {
        String drafts = tmp.resolve("drafts").toString();
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", drafts).code());
        assertRefused(run("review", SAMPLE, "--township", "王庄堡镇", "--data", drafts), "没有已发布的版本");
    }

    @Test
    void usageErrors() {
        assertEquals(1, run("review", SAMPLE).code());
        assertEquals(1, run("review", "--township", "王庄堡镇").code());
        assertEquals(1, run("review", SAMPLE, "--township", "王庄堡镇", "--format", "xlsx").code());
    }

    private static void assertRefused(Run r, String words) {
        assertEquals(2, r.code(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.contains(words), line);
        assertTrue(r.out().isEmpty(), "nothing written on stdout: " + r.out());
    }

    /** With a township plan stored under the county, the county is still found without --county. */
    @Test
    void aStoredTownshipPlanDoesNotHideTheCountyPlan() {
        String chain = tmp.resolve("chain-data").toString();
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", chain, "--publish").code());
        Run stored = run("ingest", SAMPLE, "--parent", "hunyuan-2021-2035", "--township", "王庄堡镇", "--data", chain);
        assertEquals(0, stored.code(), stored.err());
        Run r = run("review", SAMPLE, "--township", "王庄堡镇", "--data", chain);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"countyPlan\":{\"code\":\"hunyuan-2021-2035\""), r.out().substring(0, 200));
    }
}
