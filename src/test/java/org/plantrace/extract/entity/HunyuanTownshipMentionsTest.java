package org.plantrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.ingest.text.TextReader;

/**
 * Acceptance: every township named anywhere in the Hunyuan plan is linked in every clause that
 * names it, short forms and variants included — and nothing else is linked as a township. The
 * expected list was read off the plan by hand (src/test/resources/hunyuan/township-mentions.tsv).
 */
class HunyuanTownshipMentionsTest {
    static final Path SEED = Path.of("corpus/hunyuan/hunyuan-2021-2035.txt");
    static final Path GAZETTEER = Path.of("corpus/hunyuan/gazetteer.tsv");
    static final Path EXPECTED = Path.of("src/test/resources/hunyuan/township-mentions.tsv");
    static List<Clause> forest;
    static EntityLinker linker;

    @BeforeAll
    static void link() throws Exception {
        forest = new TextReader().read(SEED).clauses();
        ClauseTree.assignPathIds(forest);
        linker = new EntityLinker(GazetteerFormat.read(GAZETTEER));
    }

    /** "township | location | field | written" → count. */
    static Map<String, Integer> expected() throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("township\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            out.merge(String.join(" | ", c[0], c[2], c[4], c[5]), Integer.parseInt(c[6]), Integer::sum);
        }
        return out;
    }

    static Map<String, Integer> found() {
        Map<String, Integer> out = new TreeMap<>();
        linker.linkAll(forest).forEach((clause, mentions) -> {
            for (Mention m : mentions) {
                if (m.entity().type().townshipLevel()) {
                    out.merge(String.join(" | ", m.entity().id(), clause.location(), m.field().jsonName(), m.text()), 1, Integer::sum);
                }
            }
        });
        return out;
    }

    @Test
    void everyTownshipMentionIsLinkedAndNothingElseIs() throws Exception {
        Map<String, Integer> expected = expected();
        Map<String, Integer> found = found();
        Map<String, Integer> missing = new TreeMap<>(expected);
        found.forEach((k, n) -> missing.computeIfPresent(k, (kk, e) -> e - n > 0 ? e - n : null));
        Map<String, Integer> extra = new TreeMap<>(found);
        expected.forEach((k, n) -> extra.computeIfPresent(k, (kk, f) -> f - n > 0 ? f - n : null));
        assertEquals(Map.of(), missing, "township mentions the linker missed");
        assertEquals(Map.of(), extra, "township links the plan does not make");
    }

    @Test
    void theExpectedListCoversAllEighteenUnitsAndEveryWrittenForm() throws Exception {
        Map<String, Integer> expected = expected();
        assertEquals(18, expected.keySet().stream().map(k -> k.split(" \\| ")[0]).distinct().count());
        assertEquals(140, expected.values().stream().mapToInt(Integer::intValue).sum());
        for (String written : List.of("东方城乡", "青磁窑乡", "大磁窑", "黄花滩", "西留", "千佛岭", "东坊城")) {
            assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(" | " + written)), written);
        }
    }

    @Test
    void everySpanOfTheSeedIndexesItsNameAsWritten() {
        linker.linkAll(forest).forEach((clause, mentions) -> {
            for (Mention m : mentions) {
                String s = m.field() == Mention.Field.HEADING ? clause.heading() : clause.text();
                assertEquals(m.text(), s.substring(m.start(), m.end()), clause.eId());
            }
        });
    }
}
