package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.application.links.IndicatorLayerRules;
import org.plantrace.application.links.LinkDerivation;
import org.plantrace.application.links.LinkService;
import org.plantrace.application.links.MemoryLinks;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.spatial.LayerKind;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.ClauseLinks;
import org.plantrace.web.view.EntityChip;
import org.plantrace.web.view.MapRef;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.SamplePlan;
import org.plantrace.web.view.TextRun;

/**
 * The public clause page's links come from the link store: a drafter's rejection hides a link, an
 * addition shows, on the next view of the same (cached) index, without a restart.
 */
class PublishedLinksTest {
    private static final String GAZETTEER = "id\tname\ttype\tvariants\tparent\tfacts\tsource\n"
            + "cl-eco\t生态保护红线\tcontrol-line\t\t\t\t\n"
            + "cl-udb\t城镇开发边界\tcontrol-line\t\t\t\t\n";
    private static final Actor DRAFTER = Actor.of("drafter", Role.DRAFTER);

    private InMemoryPlanRepository repository;
    private MemoryLinks store;
    private LinkService links;
    private PublishedPlans plans;
    private PlanVersion version;

    @BeforeEach
    void setUp() {
        repository = new InMemoryPlanRepository();
        version = repository.store(SamplePlan.version(true));
        store = new MemoryLinks();
        links = new LinkService(repository, store, new LinkDerivation(new IndicatorExtractor(),
                new EntityLinker(GazetteerFormat.parse(GAZETTEER, "test")), IndicatorLayerRules.none()),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        links.derive(version);
        plans = new PublishedPlans(repository, new StartupReport(), links);
    }

    private ClauseLinks shown(String uid) {
        return plans.current().orElseThrow().links(uid).orElseThrow();
    }

    private Link stored(String uid, Class<?> type, String label) {
        return links.allLinks(SamplePlan.CODE, 1, uid).stream()
                .filter(l -> type.isInstance(l.target()) && l.target().label().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no stored " + label + " in " + links.allLinks(SamplePlan.CODE, 1, uid)));
    }

    private static List<String> chips(ClauseLinks l) {
        return l.entities().stream().flatMap(g -> g.entities().stream()).map(EntityChip::name).toList();
    }

    private static List<String> markedEntities(ClauseLinks l) {
        return l.paragraphs().stream().flatMap(p -> p.runs().stream()).map(TextRun::entity)
                .filter(e -> e != null).toList();
    }

    @Test
    void aRejectedPlaceLeavesTheChipsTheTextMarksAndTheMap() {
        ClauseLinks before = shown("a12");
        assertEquals(List.of("生态保护红线"), chips(before));
        assertTrue(markedEntities(before).contains("cl-eco"));
        assertEquals(List.of(MapRef.wholeLayer(LayerKind.ECOLOGICAL_RED_LINE)), before.mapFeatures());
        PlanIndex index = plans.current().orElseThrow();

        // 生态保护红线 is named twice in a12; reject both mentions
        links.allLinks(SamplePlan.CODE, 1, "a12").stream().filter(l -> l.target() instanceof FeatureTarget)
                .forEach(l -> links.reject(DRAFTER, l.id()));

        assertTrue(plans.current().orElseThrow() == index, "the index is kept; only the links are read again");
        ClauseLinks after = shown("a12");
        assertTrue(chips(after).isEmpty(), chips(after).toString());
        assertTrue(markedEntities(after).isEmpty(), markedEntities(after).toString());
        assertTrue(after.mapFeatures().isEmpty());
        assertEquals(before.indicators(), after.indicators(), "the indicator was not rejected");
    }

    @Test
    void aRejectedIndicatorLeavesTheTableAndAnAddedOneAppears() {
        assertEquals(1, shown("a13").indicators().size());
        links.reject(DRAFTER, stored("a13", IndicatorTarget.class, "城镇开发边界面积").id());
        assertTrue(shown("a13").indicators().isEmpty());

        String text = "城镇开发边界面积16.13平方千米。";
        int at = text.indexOf("16.13");
        links.add(DRAFTER, SamplePlan.CODE, 1, "a13", new IndicatorTarget("城镇开发边界规模", "<=",
                new java.math.BigDecimal("16.13"), null, "平方千米", 2035, "binding"),
                new Anchor(Anchor.Field.TEXT, at, at + 5, "16.13"));

        ClauseLinks after = shown("a13");
        assertEquals(1, after.indicators().size());
        assertEquals("城镇开发边界规模", after.indicators().get(0).name());
        assertEquals("≤", after.indicators().get(0).comparator());
        assertEquals("约束性", after.indicators().get(0).indicatorClass());
        assertEquals("2035年", after.indicators().get(0).year());
        assertTrue(after.paragraphs().get(0).runs().stream().anyMatch(r -> r.indicator() == 1 && r.text().equals("16.13")));
    }

    @Test
    void anAddedPlaceIsAChipAndAMapFeature() {
        // the preface names no place; a drafter links its words 国土空间规划 to a control line
        assertTrue(chips(shown("p")).isEmpty());
        links.add(DRAFTER, SamplePlan.CODE, 1, "p", new FeatureTarget("cl-udb", "城镇开发边界", "control-line",
                LayerKind.URBAN_DEVELOPMENT_BOUNDARY.id()), new Anchor(Anchor.Field.TEXT, 2, 8, "国土空间规划"));

        ClauseLinks after = shown("p");
        assertEquals(List.of("城镇开发边界"), chips(after));
        assertEquals("国土空间规划", after.entities().get(0).entities().get(0).written(), "the words it was added on");
        assertEquals(List.of(MapRef.wholeLayer(LayerKind.URBAN_DEVELOPMENT_BOUNDARY)), after.mapFeatures());
        assertTrue(markedEntities(after).contains("cl-udb"));
    }

    @Test
    void aVersionNeverDerivedFallsBackToTheText() {
        PublishedPlans fresh = new PublishedPlans(repository, new StartupReport(),
                new LinkService(repository, new MemoryLinks()));
        ClauseLinks derived = fresh.current().orElseThrow().links("a13").orElseThrow();
        assertEquals(1, derived.indicators().size(), "nothing stored: derived from the text");
    }
}
