package org.plantrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hunyuan gazetteer against the plan it was read from. */
class HunyuanGazetteerTest {
    static Gazetteer gazetteer;
    static List<String> planLines;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = GazetteerFormat.read(Path.of("corpus/hunyuan/gazetteer.tsv"));
        planLines = Files.readAllLines(Path.of("corpus/hunyuan/hunyuan-2021-2035.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void holdsTheEighteenTownshipUnitsThePlanNames() {
        Map<EntityType, Long> byType = gazetteer.entities().stream().filter(e -> e.type().townshipLevel())
                .collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
        assertEquals(7L, byType.get(EntityType.TOWN));
        assertEquals(11L, byType.get(EntityType.TOWNSHIP));
    }

    @Test
    void seismicIntensityPerTownshipIsTheOneLine572States() {
        String line = planLines.get(571);
        String seven = line.substring(line.indexOf("Ⅶ度（"), line.indexOf("）和Ⅷ度"));
        String eight = line.substring(line.indexOf("Ⅷ度（"));
        for (Entity e : gazetteer.entities()) {
            if (e.type().townshipLevel()) {
                String stated = e.fact("抗震设防烈度");
                List<String> spellings = new ArrayList<>(List.of(e.name()));
                e.variants().forEach(v -> spellings.add(v.text()));
                boolean inSeven = spellings.stream().anyMatch(s -> s.length() > 2 && seven.contains(s));
                boolean inEight = spellings.stream().anyMatch(s -> s.length() > 2 && eight.contains(s));
                assertTrue(inSeven ^ inEight, e.name() + " is in exactly one list");
                assertTrue(stated.startsWith(inSeven ? "Ⅶ度" : "Ⅷ度"), e.name() + ": " + stated);
            }
        }
    }

    @Test
    void protectedAreasCarryTheirStatedAreas() {
        assertEquals("94.40平方千米", gazetteer.byId("pa-hengshan-nr").orElseThrow().fact("总面积"));
        assertEquals("166.14平方千米", gazetteer.byId("pa-hengshan-fp").orElseThrow().fact("总面积"));
        assertEquals("392.27平方千米", gazetteer.byId("pa-system").orElseThrow().fact("总面积"));
        for (Entity e : gazetteer.entities()) {
            if (e.type() == EntityType.PROTECTED_AREA) {
                String area = e.fact("总面积");
                assertTrue(area != null && planLines.stream().anyMatch(l -> l.contains(e.name() + "总面积" + area)
                        || l.contains("总面积" + area)), e.name() + " area " + area + " is stated in the plan");
            }
        }
    }

    /** Each entry cites plan lines; at least one of them must hold its name or a variant. */
    @Test
    void everyCitedLineExistsAndOneHoldsTheName() {
        List<String> wrong = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            List<String> spellings = new ArrayList<>(List.of(e.name()));
            e.variants().forEach(v -> spellings.add(v.text()));
            boolean any = false;
            for (String ref : e.source().split(",")) {
                String r = ref.strip();
                if (!r.matches("L\\d+")) {
                    continue;
                }
                int n = Integer.parseInt(r.substring(1));
                assertTrue(n >= 1 && n <= planLines.size(), e.id() + " cites " + r);
                any |= spellings.stream().anyMatch(planLines.get(n - 1)::contains);
            }
            if (!any) {
                wrong.add(e.id() + " " + e.source());
            }
        }
        assertEquals(List.of(), wrong, "entries whose cited lines do not name them");
    }
}
