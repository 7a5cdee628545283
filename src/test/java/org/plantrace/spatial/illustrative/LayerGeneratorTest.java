package org.plantrace.spatial.illustrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.crs.EqualArea;
import org.plantrace.spatial.io.LayerFolder;
import org.plantrace.spatial.validation.GeometryReport;
import org.plantrace.spatial.validation.GeometryValidator;

/** The acceptance lines on layers: valid, within 2% of the plan, reproducible byte for byte. */
class LayerGeneratorTest {
    static final Path OUTLINE = Path.of("corpus/hunyuan/county-outline-140225.geojson");
    static final Path COMMITTED = Path.of("corpus/hunyuan/layers");

    private static LayerSet committed;

    @BeforeAll
    static void load() throws Exception {
        committed = LayerFolder.read(COMMITTED);
    }

    private static double km2(LayerKind kind) {
        Layer l = committed.get(kind).orElseThrow(() -> new AssertionError("no " + kind.id() + " layer"));
        return l.features().stream().mapToDouble(f -> EqualArea.areaOf(f.geometry()).km2()).sum();
    }

    @Test
    void theCommittedLayersPassTheirOwnValidation() {
        GeometryReport report = new GeometryValidator().validate(committed);
        assertTrue(report.findings().isEmpty(), report.text());
    }

    @Test
    void areasAreWithinTwoPercentOfThePlansFigures() {
        Map<LayerKind, Double> plan = Map.of(
                LayerKind.ECOLOGICAL_RED_LINE, 538.87,
                LayerKind.PERMANENT_BASIC_FARMLAND, 632_500 * 666.67 / 1e6,
                LayerKind.CULTIVATED_LAND, 733_900 * 666.67 / 1e6,
                LayerKind.URBAN_DEVELOPMENT_BOUNDARY, 16.46,
                LayerKind.CENTRAL_CITY, 31.59,
                LayerKind.HISTORIC_CITY, 1.07,
                LayerKind.HISTORIC_DISTRICT, 0.6334);
        plan.forEach((kind, target) -> assertEquals(target, km2(kind), target * 0.02, kind.label()));
    }

    @Test
    void theSetHasTheUnitsThePlanNames() {
        List<String> townships = committed.get(LayerKind.TOWNSHIP).orElseThrow().features().stream()
                .map(f -> f.name()).toList();
        assertEquals(TownshipSeats.ALL.stream().map(TownshipSeats.Seat::name).toList(), townships);
        assertEquals(18, townships.size());
        assertEquals(7, committed.get(LayerKind.DETAILED_PLAN_UNIT).orElseThrow().features().size());
        assertEquals(6, committed.get(LayerKind.URBAN_DEVELOPMENT_BOUNDARY).orElseThrow().features().size());
        String plan = readPlan();
        townships.forEach(t -> assertTrue(plan.contains(t), t + " is named in the plan text"));
    }

    @Test
    void everyFileSaysItIsIllustrative() throws Exception {
        try (Stream<Path> files = Files.list(COMMITTED)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".geojson")).toList()) {
                JsonNode meta = new ObjectMapper().readTree(p.toFile()).get("plantrace");
                assertTrue(meta.get("illustrative").asBoolean(), p.toString());
                assertTrue(meta.get("note").asText().contains("示意数据，非官方成果"), p.toString());
                assertTrue(meta.has("generator") && meta.has("source"), p.toString());
            }
        }
        assertTrue(Files.exists(COMMITTED.resolve("SOURCE.md")));
    }

    @Test
    void theFilesStaySmall() throws Exception {
        try (Stream<Path> files = Files.list(COMMITTED)) {
            long bytes = files.mapToLong(p -> p.toFile().length()).sum();
            assertTrue(bytes < 300 * 1024, bytes + " bytes");
        }
    }

    @Test
    void regeneratingGivesTheCommittedBytesTwice(@TempDir Path dir) throws Exception {
        Map<String, String> first = asMap(LayerGenerator.generate(OUTLINE));
        Map<String, String> second = asMap(LayerGenerator.generate(OUTLINE));
        assertEquals(first, second, "two runs in one JVM");
        for (Map.Entry<String, String> e : first.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            byte[] generated = Files.readAllBytes(dir.resolve(e.getKey()));
            byte[] onDisk = Files.readAllBytes(COMMITTED.resolve(e.getKey()));
            assertTrue(java.util.Arrays.equals(generated, onDisk), e.getKey() + " differs from the committed file: "
                    + "run LayerGenerator (see corpus/hunyuan/layers/SOURCE.md)");
        }
        try (Stream<Path> files = Files.list(COMMITTED)) {
            assertEquals(first.size(), files.filter(f -> f.toString().endsWith(".geojson")).count(), "no stray layer files");
        }
    }

    private static Map<String, String> asMap(List<LayerGenerator.GeneratedFile> files) {
        return files.stream().collect(Collectors.toMap(LayerGenerator.GeneratedFile::fileName,
                LayerGenerator.GeneratedFile::content, (a, b) -> a, java.util.TreeMap::new));
    }

    private static String readPlan() {
        try {
            return Files.readString(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
