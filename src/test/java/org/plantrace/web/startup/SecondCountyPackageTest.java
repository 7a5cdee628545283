package org.plantrace.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.IngestService;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.application.links.LinkDerivation;
import org.plantrace.application.links.LinkService;
import org.plantrace.application.links.MemoryLinks;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.Entity;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.search.ClauseSearch;
import org.plantrace.search.FacetValue;
import org.plantrace.search.LinkFacts;
import org.plantrace.search.MemoryPlans;
import org.plantrace.search.SearchRequest;
import org.plantrace.search.SearchResult;
import org.plantrace.search.ViewerRole;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * A second county package — a renamed copy of the shipped one, with its own code, title and a
 * gazetteer whose townships have other names — loads beside the shipped plan on first start, and
 * its checklists and search facets name its own townships, never the shipped plan's.
 */
class SecondCountyPackageTest {
    static final Path SHIPPED = Path.of("corpus/hunyuan");
    static final String SECOND = "shiyi-2021-2035";
    /** Township name stems of the shipped gazetteer and the stems the copy uses instead; a typo keeps its own stem. */
    static final Map<String, String> STEMS = new LinkedHashMap<>();

    static {
        String[] pairs = {"永安", "长宁", "西坊城", "北关城", "蔡村", "柳村", "沙圪坨", "石砬坨", "王庄堡", "李家堡",
            "青磁窑", "白瓷窑", "大磁窑", "小瓷窑", "东坊城", "南坊营", "东方城", "南方营", "官儿", "官厅", "千佛岭", "万松岭",
            "大仁庄", "大义庄", "西留村", "东留营", "西留", "东留", "吴城", "周城", "裴村", "韦村", "驼峰", "骆岭",
            "黄花滩", "白沙滩", "下韩村", "上赵村", "南榆林", "北杨林", "浑源", "示例"};
        for (int i = 0; i < pairs.length; i += 2) {
            STEMS.put(pairs[i], pairs[i + 1]);
        }
    }

    @TempDir
    Path corpus;
    @TempDir
    Path index;
    private final MemoryPlans repository = new MemoryPlans();
    private final StartupReport report = new StartupReport();
    private String shippedCode;
    private List<String> shippedTownships;

    @BeforeEach
    void twoCountyPackages() throws Exception {
        copy(SHIPPED, corpus.resolve("hunyuan"), Map.of());
        Path second = copy(SHIPPED, corpus.resolve("second"), STEMS);
        Files.writeString(second.resolve("plan.properties"), Files.readString(second.resolve("plan.properties"))
                .replaceAll("(?m)^code=.*$", "code=" + SECOND), StandardCharsets.UTF_8);
        shippedCode = PlanPackages.discover(List.of(SHIPPED.getParent())).forPath(SHIPPED).code();
        shippedTownships = GazetteerFormat.read(SHIPPED.resolve("gazetteer.tsv")).entities().stream()
                .filter(e -> e.type().townshipLevel()).map(Entity::name).toList();
        System.setProperty(CorpusLocator.PROPERTY, corpus.toString());
        PlanLoader loader = new PlanLoader();
        loader.ingest = new IngestService(repository);
        loader.report = report;
        loader.load();
    }

    @AfterEach
    void forgetCorpus() {
        System.clearProperty(CorpusLocator.PROPERTY);
        PlanPackages.forgetLocated();
    }

    @Test
    void bothCountiesLoadOnFirstStart() {
        assertTrue(report.problem().isEmpty(), () -> report.problem().get());
        assertTrue(repository.latestPublished(shippedCode).isPresent());
        PlanVersion second = repository.latestPublished(SECOND).orElseThrow();
        assertEquals("示例县国土空间总体规划（2021—2035年）", second.plan().name(), "the title of the copy's plan.properties");
    }

    @Test
    void eachCountysChecklistsNameItsOwnTownshipsOnly() {
        ChecklistService checklists = new ChecklistService(repository);
        List<String> shipped = townships(checklists.targets(Actor.ANONYMOUS, shippedCode, ChecklistService.LATEST));
        List<String> second = townships(checklists.targets(Actor.ANONYMOUS, SECOND, ChecklistService.LATEST));
        assertEquals(shippedTownships, shipped, "the shipped plan binds its 18 townships");
        assertEquals(shipped.stream().map(SecondCountyPackageTest::renamed).toList(), second,
                "the copy binds the same townships under its own names, in its gazetteer's order");

        for (Checklist list : checklists.deriveAll(Actor.ANONYMOUS, SECOND, ChecklistService.LATEST)) {
            for (ChecklistItem item : list.items()) {
                for (String old : shippedTownships) {
                    assertFalse(item.requirement().contains(old), list.target().name() + " names " + old + ": " + item.requirement());
                }
            }
        }
        String wzb = renamed("王庄堡镇");
        assertTrue(checklists.derive(Actor.ANONYMOUS, SECOND, ChecklistService.LATEST, new Target(TargetKind.TOWNSHIP, wzb))
                .items().stream().anyMatch(i -> i.requirement().contains("220千伏" + renamed("王庄堡") + "变")));
        assertEquals(new Target(TargetKind.TOWNSHIP, renamed("东坊城乡")), checklists.findTarget(Actor.ANONYMOUS, SECOND,
                ChecklistService.LATEST, TargetKind.TOWNSHIP, renamed("东方城乡")).orElseThrow(), "the copy's own variant");
        assertTrue(checklists.findTarget(Actor.ANONYMOUS, SECOND, ChecklistService.LATEST, TargetKind.TOWNSHIP, "王庄堡镇").isEmpty(),
                "the shipped plan's township is not the copy's");
        assertTrue(checklists.findTarget(Actor.ANONYMOUS, shippedCode, ChecklistService.LATEST, TargetKind.TOWNSHIP, wzb).isEmpty());
    }

    @Test
    void eachCountysTownshipFacetNamesItsOwnTownships() throws Exception {
        Set<String> shipped = townshipFacet(shippedCode);
        Set<String> second = townshipFacet(SECOND);
        assertTrue(shipped.contains("王庄堡镇") && shipped.size() >= 10, shipped.toString());
        assertEquals(shipped.stream().map(SecondCountyPackageTest::renamed).collect(Collectors.toCollection(TreeSet::new)), second);
        assertTrue(second.stream().noneMatch(shippedTownships::contains), second.toString());
    }

    /** The township facet of a search over the plan's published version alone, links derived from its package. */
    private Set<String> townshipFacet(String code) throws IOException {
        MemoryPlans one = new MemoryPlans().add(repository.latestPublished(code).orElseThrow());
        LinkService links = new LinkService(one, new MemoryLinks(), LinkDerivation.standard(), Clock.systemUTC());
        links.derive(one.latestPublished(code).orElseThrow());
        try (ClauseSearch search = ClauseSearch.open(Files.createDirectories(index.resolve(code)), one, Path.of("corpus/search"),
                new LinkFacts(links::effectiveLinks))) {
            SearchResult all = search.search(SearchRequest.of("").page(0, 1), ViewerRole.PUBLIC);
            assertTrue(all.accepted(), all.message());
            return all.facets().getOrDefault("township", List.of()).stream().map(FacetValue::value)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<String> townships(List<Target> targets) {
        return targets.stream().filter(t -> t.kind() == TargetKind.TOWNSHIP).map(Target::name).toList();
    }

    static String renamed(String text) {
        List<String> longestFirst = new ArrayList<>(STEMS.keySet());
        longestFirst.sort((a, b) -> b.length() - a.length());
        String out = text;
        for (String old : longestFirst) {
            out = out.replace(old, STEMS.get(old));
        }
        return out;
    }

    /** Copies a package folder (layers included), renaming in every text file. */
    private static Path copy(Path from, Path to, Map<String, String> stems) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (stems.isEmpty()) {
                    Files.copy(f, target);
                } else {
                    Files.writeString(target, renamed(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                }
            }
        }
        return to;
    }
}
