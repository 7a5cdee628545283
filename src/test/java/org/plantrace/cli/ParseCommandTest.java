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
