package org.plantrace.transmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locationtech.jts.geom.Geometry;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.SeedPlan;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.io.LayerFolder;

/**
 * The checklists derived from the Hunyuan seed against expectations written by reading the plan
 * ({@code src/test/resources/transmission/townships.tsv} and {@code units.tsv}): every township for
 * rules (a)–(e), every detailed-plan unit for (f), presence of the expected items and absence of
 * other townships' items. One dynamic test per expectation row, named after the row.
 */
class HunyuanChecklistExpectationsTest {
    private static final Path EXPECTATIONS = Path.of("src/test/resources/transmission");
    /** The 18 township-level units as L572 lists them (青磁窑乡 = 青磁窑镇, 东方城乡 = 东坊城乡). */
    private static final List<String> TOWNSHIPS = List.of("永安镇", "西坊城镇", "蔡村镇", "沙圪坨镇", "王庄堡镇", "青磁窑镇",
            "大磁窑镇", "东坊城乡", "官儿乡", "千佛岭乡", "大仁庄乡", "西留村乡", "吴城乡", "裴村乡", "驼峰乡", "黄花滩乡",
            "下韩村乡", "南榆林乡");
    private static final List<String> TOWNS = TOWNSHIPS.stream().filter(t -> t.endsWith("镇")).toList();

    private static Map<Target, Checklist> lists;
    private static LayerSet layers;

    @BeforeAll
    static void derive() throws Exception {
        RuleBasedChecklists engine = RuleBasedChecklists.standard();
        PlanVersion v = SeedPlan.version(1, VersionStatus.PUBLISHED);
        lists = new LinkedHashMap<>();
        for (Target t : engine.targets(v)) {
            lists.put(t, engine.derive(v, t));
        }
        layers = LayerFolder.read(Path.of("corpus/hunyuan/layers"));
    }

    @Test
    void targetsAreTheEighteenTownshipsAndTheSevenUnits() {
        List<String> townships = lists.keySet().stream().filter(t -> t.kind() == TargetKind.TOWNSHIP).map(Target::name).toList();
        assertEquals(TOWNSHIPS.stream().sorted().toList(), townships.stream().sorted().toList());
        List<String> units = lists.keySet().stream().filter(t -> t.kind() == TargetKind.UNIT).map(Target::name).toList();
        assertEquals(7, units.size(), units.toString());
    }

    @Test
    void everyItemIsTraceableAndConcise() {
        for (Checklist c : lists.values()) {
            assertTrue(c.items().size() > 10, c.target() + " has only " + c.items().size() + " items");
            for (ChecklistItem i : c.items()) {
                assertTrue(i.requirement().length() <= RequirementCutter.MAX_CHARS, i.requirement());
                assertTrue(!i.sourceClauses().isEmpty(), i.toString());
                i.sourceClauses().forEach(s -> assertTrue(s.id() != null && s.uid() != null && s.fingerprint().length() == 16, s.toString()));
                assertTrue(i.rule() != null && !i.rule().isEmpty());
                assertTrue(!i.suspect(), "a fresh checklist has no suspect items");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> townships() throws IOException {
        return rows("townships.tsv").stream().map(r -> DynamicTest.dynamicTest(r.toString(), () -> check(r, TargetKind.TOWNSHIP)));
    }

    @TestFactory
    Stream<DynamicTest> units() throws IOException {
        return rows("units.tsv").stream().map(r -> DynamicTest.dynamicTest(r.toString(), () -> check(r, TargetKind.UNIT)));
    }

    private record Row(int line, List<String> targets, String expect, String category, String fragment, String quantity,
            String basis, String source) {
        @Override
        public String toString() {
            return "L" + line + " " + String.join("、", targets) + " " + expect + " “" + fragment + "” (" + source + ")";
        }
    }

    private static List<Row> rows(String file) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(EXPECTATIONS.resolve(file), StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            assertEquals(7, c.length, file + " line " + (n + 1));
            out.add(new Row(n + 1, List.of(c[0].split("、")), c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        assertTrue(out.size() > 20, file + " has too few rows");
        return out;
    }

    private static void check(Row r, TargetKind kind) {
        List<String> named = expand(r.targets(), kind);
        if (r.expect().startsWith("overlap:")) {
            String layer = r.expect().substring("overlap:".length());
            int holders = 0;
            for (String unit : named) {
                boolean overlaps = overlaps(unit, layer);
                holders += overlaps ? 1 : 0;
                assertEquals(overlaps, has(list(kind, unit), r), unit + (overlaps ? " meets " : " does not meet ") + layer + ": " + r);
            }
            assertTrue(holders > 0, "no unit meets " + layer + ": the row tests nothing");
            return;
        }
        for (String t : named) {
            boolean found = has(list(kind, t), r);
            switch (r.expect()) {
                case "has", "only" -> assertTrue(found, t + " lacks " + r + "\n" + dump(list(kind, t)));
                case "absent" -> assertTrue(!anyContains(list(kind, t), r.fragment()), t + " should not have " + r);
                default -> fail("unknown expect " + r.expect());
            }
        }
        if (r.expect().equals("only")) {
            for (Target t : lists.keySet()) {
                if (t.kind() == kind && !named.contains(t.name())) {
                    assertTrue(!anyContains(lists.get(t), r.fragment()), t.name() + " should not have " + r);
                }
            }
        }
    }

    private static List<String> expand(List<String> targets, TargetKind kind) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            switch (t) {
                case "*乡镇" -> out.addAll(TOWNSHIPS);
                case "*镇" -> out.addAll(TOWNS);
                case "*乡" -> TOWNSHIPS.stream().filter(x -> x.endsWith("乡")).forEach(out::add);
                case "*单元" -> lists.keySet().stream().filter(x -> x.kind() == TargetKind.UNIT).map(Target::name).forEach(out::add);
                default -> out.add(t);
            }
        }
        return out;
    }

    private static Checklist list(TargetKind kind, String name) {
        Checklist c = lists.get(new Target(kind, name));
        if (c == null) {
            fail("no checklist for " + name);
        }
        return c;
    }

    private static boolean anyContains(Checklist c, String fragment) {
        return c.items().stream().anyMatch(i -> i.requirement().contains(fragment));
    }

    private static boolean has(Checklist c, Row r) {
        for (ChecklistItem i : c.items()) {
            if (!i.requirement().contains(r.fragment())) {
                continue;
            }
            if (!r.category().equals("-") && !r.category().equals(i.category())) {
                continue;
            }
            if (!quantityMatches(i.target(), r.quantity())) {
                continue;
            }
            if (r.basis().equals("illustrative") && (i.target() == null || !RuleBasedChecklists.ILLUSTRATIVE_BASIS.equals(i.target().basis()))) {
                continue;
            }
            if (r.basis().equals("text") && (i.target() == null || !RuleBasedChecklists.TEXT_BASIS.equals(i.target().basis()))) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** {@code -}, {@code OP:VALUE:UNIT}, {@code range:MIN:MAX:UNIT}, {@code OP:*:UNIT}, {@code OP:>0:UNIT}. */
    private static boolean quantityMatches(QuantityTarget q, String spec) {
        if (spec.equals("-")) {
            return true;
        }
        if (q == null) {
            return false;
        }
        String[] p = spec.split(":", -1);
        if (p[0].equals("range")) {
            return q.op().equals("range") && q.value().compareTo(new BigDecimal(p[1])) == 0
                    && q.valueMax().compareTo(new BigDecimal(p[2])) == 0 && q.unit().equals(p[3]);
        }
        if (!q.op().equals(p[0]) || !q.unit().equals(p[2])) {
            return false;
        }
        return switch (p[1]) {
            case "*" -> true;
            case ">0" -> q.value().signum() > 0;
            default -> q.value().compareTo(new BigDecimal(p[1])) == 0;
        };
    }

    /** Measured here, independently of the engine: does the unit's polygon meet the layer or feature? */
    private static boolean overlaps(String unit, String layerOrFeature) {
        Geometry u = layers.get(LayerKind.DETAILED_PLAN_UNIT).orElseThrow().features().stream()
                .filter(f -> f.name().equals(unit)).findFirst().orElseThrow().geometry();
        for (Layer l : layers.layers()) {
            for (Feature f : l.features()) {
                if ((l.label().equals(layerOrFeature) || f.name().equals(layerOrFeature)) && u.intersection(f.geometry()).getArea() > 1e-12) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String dump(Checklist c) {
        StringBuilder b = new StringBuilder();
        c.items().forEach(i -> b.append("  [").append(i.category()).append("] ").append(i.requirement()).append(" ")
                .append(i.target() == null ? "" : i.target()).append('\n'));
        return b.toString();
    }
}
