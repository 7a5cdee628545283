package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} and {@code reindex} on a data directory with the seed ingested, once as a draft and once published. */
class SearchCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void searchPrintsPublishedHitsAsJson() throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data, "--publish").code());
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data).code(), "version 2, a draft");

        Run r = run("search", "学校", "--data", data, "--limit", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("total").asLong() >= 1);
        assertEquals(3, json.get("hits").size());
        JsonNode first = json.get("hits").get(0);
        assertEquals("教育设施布局", first.get("heading").asText());
        assertTrue(first.get("id").asText().startsWith("hunyuan-2021-2035/1/"), "the published version 1, not draft 2");
        for (String field : new String[] {"id", "uid", "heading", "path", "snippet", "score", "mandatory"}) {
            assertTrue(first.has(field), field);
        }
        assertTrue(first.get("path").isArray());

        Run filtered = run("search", "防洪", "--data", data, "--filter", "kind=section", "--filter", "version=2");
        assertEquals(0, new ObjectMapper().readTree(filtered.out()).get("total").asLong(), "drafts stay hidden");

        Run bad = run("search", "\"古城", "--data", data);
        assertEquals(2, bad.code(), "a refused query is refused input");
        JsonNode badJson = new ObjectMapper().readTree(bad.out());
        assertFalse(badJson.get("message").asText().isEmpty());
        assertTrue(bad.err().contains(badJson.get("message").asText()), bad.err());

        Run reindex = run("reindex", "--data", data);
        assertEquals(0, reindex.code(), reindex.err());
        assertTrue(reindex.out().contains("versions=2"), reindex.out());

        assertEquals(1, run("search", "--data", data).code(), "no QUERY is a usage error");
        assertEquals(1, run("search", "x", "--filter", "novalue", "--data", data).code());
    }

    @Test
    void aDataFolderThatDoesNotExistIsRefusedAndNotCreated() {
        Path missing = tmp.resolve("no-such-data");
        Run search = run("search", "学校", "--data", missing.toString());
        assertEquals(2, search.code(), search.err());
        assertTrue(search.err().contains("数据目录不存在") && search.err().contains("no-such-data"), search.err());
        Run checklist = run("checklist", "--township", "王庄堡镇", "--format", "json", "--data", missing.toString());
        assertEquals(2, checklist.code(), checklist.err());
        assertFalse(java.nio.file.Files.exists(missing), "the refused commands created the folder");
    }

    @Test
    void theJarCarriesTheDefaultDictionariesAndRules() throws Exception {
        // outside the project folder: no corpus/search or templates/ on disk where the readers look
        Path elsewhere = tmp.resolve("elsewhere");
        java.nio.file.Files.createDirectories(elsewhere);
        String before = System.getProperty("plantrace.corpus");
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data, "--publish").code());
        System.setProperty("plantrace.corpus", elsewhere.resolve("corpus").toString());
        try {
            Run r = run("search", "学校", "--data", data, "--limit", "1");
            assertEquals(0, r.code(), r.err());
            assertTrue(new ObjectMapper().readTree(r.out()).get("total").asLong() >= 1, r.out());
            // the townships are the plan package's (its gazetteer), which is not a default the jar carries:
            // away from the corpus the command says so, instead of "not a township"
            Run c = run("checklist", "--township", "王庄堡镇", "--format", "json", "--data", data);
            assertEquals(2, c.code(), c.err());
            assertTrue(c.err().contains("找不到该规划的资料包"), c.err());
        } finally {
            if (before == null) {
                System.clearProperty("plantrace.corpus");
            } else {
                System.setProperty("plantrace.corpus", before);
            }
        }
    }

    @Test
    void aTownshipFilterFindsOnlyTheClausesLinkedToIt() throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data, "--publish").code());

        Run r = run("search", "城镇", "--data", data, "--filter", "township=王庄堡镇", "--limit", "50");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("total").asLong() >= 1, r.out());
        Run all = run("search", "城镇", "--data", data, "--limit", "1");
        assertTrue(json.get("total").asLong() < new ObjectMapper().readTree(all.out()).get("total").asLong());

        Run place = run("search", "王庄堡镇", "--data", data, "--limit", "1");
        JsonNode related = new ObjectMapper().readTree(place.out()).get("related");
        assertTrue(related != null && related.toString().contains("\"key\":\"township\",\"name\":\"王庄堡镇\""), place.out());
    }
}
