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
import org.plantrace.ingest.institute.InstituteDocx;
import org.plantrace.ingest.institute.InstitutePlan;

/** {@code parse} links the entities of the plan's package: given as a folder, found beside the file, or none. */
class ParseCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aPackageFolderAndItsDocumentParseAlikeWithTheirGazetteer() throws Exception {
        MainTest.Run folder = MainTest.run("parse", MainTest.SEED_FOLDER.toString());
        assertEquals(0, folder.code(), folder.err());
        assertEquals(MainTest.run("parse", MainTest.SEED.toString()).out(), folder.out());
        assertTrue(entities(folder.out()).contains("王庄堡镇"), "the package's gazetteer links the townships");
    }

    @Test
    void aLooseCopyHasNoPackageAndLinksNothing() throws Exception {
        Path loose = Files.copy(MainTest.SEED, tmp.resolve("other-plan.txt"));
        MainTest.Run r = MainTest.run("parse", loose.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), entities(r.out()));
    }

    @Test
    void aCopyWithAGazetteerBesideItLinksThatGazetteer() throws Exception {
        Path loose = Files.copy(MainTest.SEED, tmp.resolve("other-plan.txt"));
        Files.writeString(tmp.resolve("gazetteer.tsv"), "id\tname\ttype\tvariants\tparent\tfacts\tsource\n"
                + "t-1\t王庄堡镇\ttown\t\t\t\ttest\n");
        List<String> found = entities(MainTest.run("parse", loose.toString()).out());
        assertTrue(found.contains("王庄堡镇") && !found.contains("永安镇"), found.toString());
    }

    /** A table clause comes out with its rows and cells beside its text (issue 13, item 3). */
    @Test
    void aTableComesOutWithItsRows() throws Exception {
        InstitutePlan plan = new InstitutePlan("示例县国土空间总体规划")
                .add(InstitutePlan.Look.HEADING_1, "第一章　总则")
                .body("第1条　规划指标")
                .table(new InstitutePlan.Table(List.of(
                        List.of("指标名称", "单位", "目标年（2035年）"), List.of("耕地保有量", "万亩", "73.39"))));
        Path docx = InstituteDocx.write(plan, tmp.resolve("plan.docx"));
        MainTest.Run r = MainTest.run("parse", docx.toString());
        assertEquals(0, r.code(), r.err());

        JsonNode table = new ObjectMapper().readTree(r.out()).get("clauses").get(0).get("children").get(0)
                .get("children").get(0);
        assertEquals("table", table.get("kind").asText());
        assertEquals("[[\"指标名称\",\"单位\",\"目标年（2035年）\"],[\"耕地保有量\",\"万亩\",\"73.39\"]]",
                table.get("rows").toString());
    }

    private static List<String> entities(String json) throws Exception {
        List<String> out = new ArrayList<>();
        collect(new ObjectMapper().readTree(json).get("clauses"), out);
        return out;
    }

    private static void collect(JsonNode clauses, List<String> out) {
        for (JsonNode c : clauses) {
            c.get("entities").forEach(e -> out.add(e.get("canonical").asText()));
            collect(c.get("children"), out);
        }
    }
}
