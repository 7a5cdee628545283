package org.plantrace.planpackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.Gazetteer;
import org.plantrace.spatial.LayerKind;
import org.plantrace.spatial.LayerSet;

/** Discovering packages, resolving parents, and what a township package inherits from its county. */
class PlanPackagesTest {
    static final String HEADER = "id\tname\ttype\tvariants\tparent\tfacts\tsource\n";
    static final Path SHIPPED_LAYERS = Path.of("corpus/hunyuan/layers");

    @TempDir
    Path root;

    @Test
    void townshipInheritsTheCountyGazetteerWithItsOwnEntriesFirst() throws Exception {
        pkg("county", "code=c\ndocument=c.txt\n", HEADER
                + "cty\t甲县\tcounty\t\t\t\tL1\n"
                + "t-a\t甲镇\ttown\t甲:short\tcty\t\tL2\n"
                + "v-1\t一村\tvillage\t\tt-a\t\tL3\n"
                + "t-b\t乙乡\ttownship\t\tcty\t\tL4\n");
        pkg("town-a", "code=ta\ndocument=ta.txt\nparent=c\n", HEADER
                + "t-a\t甲镇\ttown\t甲城镇:alias\t\t人口=1万\tT1\n"
                + "v-9\t新村\tvillage\t\tt-a\t\tT2\n");
        PlanPackages all = PlanPackages.discover(List.of(root));
        assertEquals(List.of(), all.problems());
        PlanPackage township = all.byCode("ta").orElseThrow();
        assertSame(all.byCode("c").orElseThrow(), township.parent().orElseThrow());

        Gazetteer g = township.gazetteer();
        assertEquals(List.of("t-a", "v-9", "cty", "v-1", "t-b"), g.entities().stream().map(Entity::id).toList(),
                "own rows first, then the county's rows the own rows leave free");
        assertEquals("1万", g.byId("t-a").orElseThrow().fact("人口"), "the township's own row replaces the county's");
        assertEquals("t-a", g.byId("v-1").orElseThrow().parent(), "an inherited village keeps its township");
        assertEquals(List.of("甲城镇"), township.linker().link("甲城镇规划").stream().map(m -> m.text()).toList());
        assertEquals(List.of("乙乡"), township.linker().link("乙乡").stream().map(m -> m.entity().name()).toList(),
                "inherited entries link too");
        assertEquals(4, all.byCode("c").orElseThrow().gazetteer().entities().size(), "the county's own gazetteer is unchanged");
    }

    @Test
    void townshipLayersComeFirstAndTheCountyFillsTheRest() throws Exception {
        Path county = pkg("county", "code=c\ndocument=c.txt\n", null);
        copy(SHIPPED_LAYERS, county.resolve("layers"));
        Path town = pkg("town", "code=t\ndocument=t.txt\nparent=c\n", null);
        Files.createDirectories(town.resolve("layers"));
        Files.writeString(town.resolve("layers/central-city.geojson"),
                Files.readString(SHIPPED_LAYERS.resolve("central-city.geojson")).replace("中心城区", "甲镇镇区"));
        PlanPackages all = PlanPackages.discover(List.of(root));
        LayerSet countyLayers = all.layers("c").orElseThrow();
        LayerSet townLayers = all.layers("t").orElseThrow();
        assertEquals(countyLayers.layers().size(), townLayers.layers().size());
        LayerSet ownOnly = org.plantrace.spatial.io.LayerFolder.read(town.resolve("layers"));
        LayerKind ownKind = ownOnly.layers().get(0).kind();
        assertEquals(featureNames(ownOnly, ownKind), featureNames(townLayers, ownKind), "the township's own layer wins");
        assertFalse(featureNames(countyLayers, ownKind).equals(featureNames(townLayers, ownKind)));
        assertEquals(countyLayers.get(LayerKind.TOWNSHIP), townLayers.get(LayerKind.TOWNSHIP), "inherited kind");
        assertEquals(town.resolve("layers"), all.byCode("t").orElseThrow().layersFolder().orElseThrow());
        assertEquals(county.resolve("layers"), PlanPackage.bare("x", all.byCode("c").orElseThrow()).layersFolder().orElseThrow());
    }

    @Test
    void aBrokenPackageIsLeftOutWithItsFileNamedAndTheOthersStay() throws Exception {
        pkg("a-good", "code=good\ndocument=g.txt\n", HEADER + "t\t甲镇\ttown\t\t\t\tL1\n");
        pkg("b-orphan", "code=orphan\nparent=nobody\n", null);
        pkg("c-twin", "code=good\n", null);
        pkg("d-nocode", "document=x.txt\n", null);
        pkg("e-loop1", "code=l1\nparent=l2\n", null);
        pkg("f-loop2", "code=l2\nparent=l1\n", null);
        Files.createDirectories(root.resolve("g-not-a-package"));
        PlanPackages all = PlanPackages.discover(List.of(root, root.resolve("missing-root")));
        assertEquals(List.of("good"), all.all().stream().map(PlanPackage::code).toList());
        String problems = String.join("\n", all.problems());
        assertTrue(problems.contains("b-orphan") && problems.contains("parent=nobody 不存在"), problems);
        assertTrue(problems.contains("c-twin") && problems.contains("重复"), problems);
        assertTrue(problems.contains("d-nocode") && problems.contains("缺少 code="), problems);
        assertTrue(problems.contains("循环"), problems);
        assertFalse(problems.contains("g-not-a-package"), problems);
    }

    @Test
    void aMalformedGazetteerIsNamedWhenAskedForAndLinksNothingWhereDerivedDataIsShown() throws Exception {
        pkg("bad", "code=b\n", "id\tname\n");
        PlanPackages all = PlanPackages.discover(List.of(root));
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> all.byCode("b").orElseThrow().gazetteer());
        assertTrue(e.getMessage().contains(root.resolve("bad/gazetteer.tsv").toString()), e.getMessage());
        assertTrue(all.linker("b").gazetteer().isEmpty());
        assertSame(all.linker("b"), all.linker("b"), "decided once");
    }

    @Test
    void parentsComeBeforeChildrenWhateverTheFolderNames() throws Exception {
        pkg("a-town", "code=t\nparent=z\n", null);
        pkg("z-county", "code=z\n", null);
        assertEquals(List.of("z", "t"), PlanPackages.discover(List.of(root)).all().stream().map(PlanPackage::code).toList());
    }

    @Test
    void aDocumentBelongsToItsFolderElseToThePackageOfItsCode() throws Exception {
        Path county = pkg("county", "code=c\ndocument=c.txt\n", HEADER + "t\t甲镇\ttown\t\t\t\tL1\n");
        PlanPackages all = PlanPackages.discover(List.of(root));
        assertSame(all.byCode("c").orElseThrow(), all.forPath(county.resolve("c.txt")));
        Path elsewhere = Files.createDirectories(root.resolve("..").resolve(root.getFileName() + "-loose"));
        assertSame(all.byCode("c").orElseThrow(), all.forPath(elsewhere.resolve("C.txt")), "a copy named after the code");
        PlanPackage none = all.forPath(elsewhere.resolve("other.txt"));
        assertEquals("other", none.code());
        assertTrue(none.gazetteer().isEmpty());
        assertTrue(none.layers().isEmpty());
        assertTrue(all.linker("no-such-plan").gazetteer().isEmpty());
        assertSame(all.byCode("c").orElseThrow(), all.forPath(county), "a package folder");
        Path loose = pkg("loose", "code=l\nparent=c\n", null);
        assertSame(all.byCode("c").orElseThrow(), all.forPath(loose).parent().orElseThrow(), "a folder outside the roots finds its parent");
        Path orphan = pkg("orphan", "code=o\nparent=none\n", null);
        org.plantrace.ingest.InputRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.plantrace.ingest.InputRejectedException.class, () -> all.forPath(orphan));
        assertTrue(e.getMessage().contains("plan.properties") && e.getMessage().contains("parent=none"), e.getMessage());
    }

    private static List<String> featureNames(LayerSet set, LayerKind kind) {
        return set.get(kind).orElseThrow().features().stream().map(f -> f.name()).toList();
    }

    private Path pkg(String folder, String properties, String gazetteer) throws IOException {
        Path dir = Files.createDirectories(root.resolve(folder));
        Files.writeString(dir.resolve("plan.properties"), properties);
        if (gazetteer != null) {
            Files.writeString(dir.resolve("gazetteer.tsv"), gazetteer);
        }
        return dir;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
