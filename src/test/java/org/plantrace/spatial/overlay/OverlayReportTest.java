package org.plantrace.spatial.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.cli.Main;
import org.plantrace.ingest.InputRejectedException;

/** The {@code overlay PATH} command, through the real command-line entry point. */
class OverlayReportTest {
    private record Run(int code, String out, String err) {
    }

    private static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void overlayPrintsEighteenTownshipsMarkedIllustrative() throws Exception {
        Run run = main("overlay", "corpus/hunyuan/layers");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("illustrative").asBoolean());
        assertEquals(18, json.get("townships").size());
    }

    @Test
    void overlayWithoutPathReadsTheCorpusOnlyPackageAndAPackageFolderReadsItsLayers() {
        assertEquals(main("overlay", "corpus/hunyuan/layers").out(), main("overlay").out());
        assertEquals(main("overlay", "corpus/hunyuan/layers").out(), main("overlay", "corpus/hunyuan").out());
    }

    @Test
    void aFolderWithoutTownshipsIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("corpus/hunyuan/layers/central-city.geojson"), dir.resolve("central-city.geojson"));
        Run run = main("overlay", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("townships.geojson") && run.err().strip().lines().count() == 1, run.err());
    }

    @Test
    void invalidGeometriesAreRefusedWithTheirRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("townships.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"name\":\"甲\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[113.61,39.61],[113.69,39.69],[113.69,39.61],[113.61,39.69],[113.61,39.61]]]}}]}");
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> OverlayReport.forFolder(dir));
        assertTrue(e.problem().contains("SP001"), e.problem());
    }

    @Test
    void aMissingFolderIsRefused() {
        Run run = main("overlay", "no/such/folder");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no/such/folder"), run.err());
    }

    @Test
    void moreThanOnePathIsAUsageError() {
        assertEquals(1, main("overlay", "a", "b").code());
    }
}
