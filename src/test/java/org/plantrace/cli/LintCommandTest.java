package org.plantrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint PATH} and the {@code entities} field of {@code parse}, on the Hunyuan seed. */
class LintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void lintOfTheSeedFolderReportsVariantsAndTheTownshipCount() throws Exception {
        MainTest.Run r = MainTest.run("lint", "corpus/hunyuan/");
        assertEquals(0, r.code(), r.err());
        List<String> rows = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            assertEquals(List.of("rule", "severity", "clause", "location", "message"), names(f));
            rows.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("clause").asText());
        }
        assertTrue(rows.contains("ENT002 warning chp_1__art_5"), rows.toString());
        assertEquals(2, rows.stream().filter(x -> x.equals("ENT001 warning chp_8__sec_3__art_5")).count(), rows.toString());
        // numeric rules (extract.lint.numeric): the protected-area sum (consistent, info), the county layer
        // against the county the shares imply (warning), and one summary per rule with clause null
        assertTrue(rows.contains("NUM002 info chp_5__sec_2__art_1"), rows.toString());
        assertTrue(rows.contains("NUM003 warning chp_3__sec_1__art_2"), rows.toString());
        assertTrue(rows.contains("NUM001 info null"), rows.toString());
    }

    @Test
    void withoutAGazetteerTheCountCannotBeCheckedAndSaysSo() throws Exception {
        Path doc = Files.copy(MainTest.SEED, tmp.resolve("plan.txt"));
        String before = System.getProperty("plantrace.corpus");
        System.setProperty("plantrace.corpus", tmp.resolve("no-corpus").toString());
        try {
            MainTest.Run r = MainTest.run("lint", doc.toString());
            assertEquals(0, r.code(), r.err());
            List<JsonNode> findings = new ArrayList<>();
            // the entity rules only: the numeric rules add their own (NUM003 "no data" without layers)
            JSON.readTree(r.out()).get("findings").forEach(f -> {
                if (f.get("rule").asText().startsWith("ENT")) {
                    findings.add(f);
                }
            });
            assertEquals(1, findings.size(), r.out());
            assertEquals("info", findings.get(0).get("severity").asText());
        } finally {
            if (before == null) {
                System.clearProperty("plantrace.corpus");
            } else {
                System.setProperty("plantrace.corpus", before);
            }
        }
    }

    @Test
    void lintTakesExactlyOnePath() {
        assertEquals(Main.USAGE, MainTest.run("lint").code());
    }

    @Test
    void parseNodesCarryEntitiesWithSpansIntoTheirText() throws Exception {
        MainTest.Run r = MainTest.run("parse", MainTest.SEED.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode seismic = find(JSON.readTree(r.out()).get("clauses"), "chp_8__sec_3__art_5");
        boolean typoSeen = false;
        for (JsonNode e : seismic.get("entities")) {
            String field = e.get("field").asText();
            String s = seismic.get(field).asText();
            assertEquals(e.get("name").asText(), s.substring(e.get("span").get(0).asInt(), e.get("span").get(1).asInt()));
            typoSeen |= e.get("name").asText().equals("东方城乡") && e.get("canonical").asText().equals("东坊城乡")
                    && e.get("type").asText().equals("township");
        }
        assertTrue(typoSeen, seismic.get("entities").toString());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode find(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
            JsonNode inner = find(n.get("children"), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
