package org.plantrace.application.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorFeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.search.MemoryPlans;

/** Deriving, curating and re-deriving links over a small plan, with the Hunyuan gazetteer and rules. */
class LinkServiceTest {
    static final Actor DRAFTER = Actor.of("王工", Role.DRAFTER);
    static final Actor REVIEWER = Actor.of("李审", Role.REVIEWER);
    static final Instant NOW = Instant.parse("2026-02-03T04:05:06Z");

    MemoryPlans plans;
    MemoryLinks store;
    LinkService service;

    @BeforeEach
    void setUp() {
        plans = new MemoryPlans();
        store = new MemoryLinks();
        service = new LinkService(plans, store, Samples.derivation(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private PlanVersion store(PlanVersion v) {
        plans.add(v);
        service.stored(v);
        return v;
    }

    private List<Link> of(String uid) {
        return service.allLinks(Samples.PLAN.code(), 1, uid);
    }

    private static <T> List<T> targets(List<Link> links, Class<T> type) {
        return links.stream().map(Link::target).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aStoredVersionGetsItsSuggestedLinksWithTheWordsTheyCameFrom() {
        store(Samples.version(1, VersionStatus.PUBLISHED));

        List<Link> redLine = of("a1");
        assertTrue(redLine.stream().allMatch(l -> l.status() == LinkStatus.SUGGESTED && l.decidedBy().equals(Link.EXTRACTION)));
        IndicatorTarget area = targets(redLine, IndicatorTarget.class).get(0);
        assertTrue(area.name().startsWith("生态保护红线"), area.name());
        assertEquals("538.87", area.value().toPlainString());
        IndicatorFeatureTarget layer = targets(redLine, IndicatorFeatureTarget.class).get(0);
        assertEquals("ecological-red-line", layer.layerKind());
        assertTrue(layer.rule().contains("indicator-layers.tsv"), layer.rule());
        List<String> places = targets(redLine, FeatureTarget.class).stream().map(FeatureTarget::name).toList();
        assertTrue(places.containsAll(List.of("王庄堡镇", "永安镇", "生态保护红线")), places.toString());
        // every anchor is the clause's own words at that place
        for (Link l : redLine) {
            assertTrue(l.anchor().matches("划定生态保护红线", Samples.RED_LINE), l.toString());
        }
        assertTrue(redLine.stream().anyMatch(l -> l.anchor().field() == Anchor.Field.HEADING), "the heading is linked too");
        FeatureTarget town = targets(redLine, FeatureTarget.class).stream().filter(f -> f.name().equals("王庄堡镇"))
                .findFirst().orElseThrow();
        assertEquals("townships", town.layerKind());
        assertTrue(town.township());
    }

    @Test
    void onlyADrafterMayDecideAndTheDecisionSaysWhoAndWhen() {
        store(Samples.version(1, VersionStatus.PUBLISHED));
        Link first = of("a2").get(0);

        assertThrows(AccessDeniedException.class, () -> service.accept(Actor.ANONYMOUS, first.id()));
        assertThrows(AccessDeniedException.class, () -> service.reject(REVIEWER, first.id()));
        assertEquals(LinkStatus.SUGGESTED, service.link(first.id()).orElseThrow().status());

        Link accepted = service.accept(DRAFTER, first.id());
        assertEquals(LinkStatus.ACCEPTED, accepted.status());
        assertEquals("王工", accepted.decidedBy());
        assertEquals(NOW, accepted.decidedAt());
    }

    @Test
    void aRejectedLinkIsNoLongerEffective() {
        store(Samples.version(1, VersionStatus.PUBLISHED));
        Link town = of("a2").stream().filter(l -> l.target().label().equals("王庄堡镇")).findFirst().orElseThrow();
        int before = service.effectiveLinks(Samples.PLAN.code(), 1, "a2").size();

        service.reject(DRAFTER, town.id());

        List<Link> effective = service.effectiveLinks(Samples.PLAN.code(), 1, "a2");
        assertEquals(before - 1, effective.size());
        assertFalse(effective.stream().anyMatch(l -> l.id().equals(town.id())));
        assertEquals(LinkStatus.REJECTED, service.link(town.id()).orElseThrow().status());
        assertFalse(service.effectiveLinks(Samples.PLAN.code(), 1).get("a2").stream().anyMatch(l -> l.id().equals(town.id())));
    }

    @Test
    void anEditKeepsItsTieToTheSuggestion() {
        store(Samples.version(1, VersionStatus.PUBLISHED));
        Link farmland = targetsLink("a3", IndicatorTarget.class);
        IndicatorTarget corrected = new IndicatorTarget("耕地保有量", ">=", new java.math.BigDecimal("73.39"), null, "万亩",
                2035, "binding");

        Link edited = service.edit(DRAFTER, farmland.id(), corrected);

        assertEquals(LinkStatus.EDITED, edited.status());
        assertEquals(corrected, edited.target());
        assertEquals(farmland.origin(), edited.origin());
    }

    private Link targetsLink(String uid, Class<?> type) {
        return of(uid).stream().filter(l -> type.isInstance(l.target())).findFirst().orElseThrow();
    }

    @Test
    void anAddedLinkMustBeTheClausesOwnWords() {
        store(Samples.version(1, VersionStatus.PUBLISHED));
        FeatureTarget caicun = new FeatureTarget("tw-caicun", "蔡村镇", "town", "townships");
        int at = Samples.TOWNS.indexOf("北部");

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> service.add(DRAFTER,
                Samples.PLAN.code(), 1, "a2", caicun, new Anchor(Anchor.Field.TEXT, at, at + 2, "南部")));
        assertTrue(wrong.getMessage().contains("请选中条文中的原文"), wrong.getMessage());
        assertThrows(AccessDeniedException.class, () -> service.add(REVIEWER, Samples.PLAN.code(), 1, "a2", caicun,
                new Anchor(Anchor.Field.TEXT, at, at + 2, "北部")));

        Link added = service.add(DRAFTER, Samples.PLAN.code(), 1, "a2", caicun, new Anchor(Anchor.Field.TEXT, at, at + 2, "北部"));
        assertEquals(LinkStatus.ADDED, added.status());
        assertTrue(service.effectiveLinks(Samples.PLAN.code(), 1, "a2").contains(added));
    }

    @Test
    void reStoringAnEditedClauseKeepsTheDecisionsWhoseWordsAreStillThere() {
        PlanVersion v1 = store(Samples.version(1, VersionStatus.DRAFT));
        List<Link> towns = of("a2").stream().filter(l -> l.target().label().equals("王庄堡镇")).toList();
        assertEquals(2, towns.size(), "the clause names 王庄堡镇 twice");
        service.accept(DRAFTER, towns.get(0).id());
        service.reject(DRAFTER, towns.get(1).id());
        Link farmland = targetsLink("a3", IndicatorTarget.class);
        service.accept(DRAFTER, farmland.id());
        int at = Samples.TOWNS.indexOf("北部");
        service.add(DRAFTER, Samples.PLAN.code(), 1, "a2", new FeatureTarget("tw-caicun", "蔡村镇", "town", "townships"),
                new Anchor(Anchor.Field.TEXT, at, at + 2, "北部"));
        int rewrittenBefore = store.clausesRewritten;

        // the drafter edits: text before the towns moves them; the farmland figure changes
        PlanVersion edited = Samples.version(1, VersionStatus.DRAFT, Samples.clauses(Samples.RED_LINE,
                "近期，" + Samples.TOWNS, "至2035年，全县耕地保有量不低于74.00万亩。"));
        plans.add(edited);
        LinkService.Derivation d = service.derive(edited);

        List<Link> after = of("a2");
        List<Link> townsAfter = after.stream().filter(l -> l.target().label().equals("王庄堡镇")).toList();
        assertEquals(LinkStatus.ACCEPTED, townsAfter.get(0).status());
        assertEquals(LinkStatus.REJECTED, townsAfter.get(1).status());
        assertEquals(3, townsAfter.get(0).anchor().start(), "moved with its words");
        Link addedAfter = after.stream().filter(l -> l.status() == LinkStatus.ADDED).findFirst().orElseThrow();
        assertEquals("北部", addedAfter.anchor().text());
        assertEquals(at + 3, addedAfter.anchor().start());
        // the figure changed: the decision about 73.39 no longer applies, the new figure is a suggestion
        Link farmlandAfter = targetsLink("a3", IndicatorTarget.class);
        assertEquals(LinkStatus.SUGGESTED, farmlandAfter.status());
        assertEquals("74.00", ((IndicatorTarget) farmlandAfter.target()).value().toPlainString());
        assertEquals(1, d.decisionsDropped());
        assertEquals(3, d.decisionsKept());
        assertEquals(2, store.clausesRewritten - rewrittenBefore, "a1 is unchanged and not rewritten");
        assertTrue(v1.number() == edited.number());
    }

    @Test
    void aClauseLevelChangeReDerivesTheNamedClausesOnlyAndKeepsTheirDecisions() {
        store(Samples.version(1, VersionStatus.DRAFT));
        Link town = of("a2").stream().filter(l -> l.target().label().equals("王庄堡镇")).findFirst().orElseThrow();
        service.reject(DRAFTER, town.id());
        List<Link> a1Before = of("a1");
        int rewrittenBefore = store.clausesRewritten;

        // a drafter's save of a2 (its towns move by three characters); a3 differs too but is not named
        PlanVersion edited = Samples.version(1, VersionStatus.DRAFT, Samples.clauses(Samples.RED_LINE,
                "近期，" + Samples.TOWNS, "至2035年，全县耕地保有量不低于74.00万亩。"));
        plans.add(edited);
        service.changed(edited, java.util.Set.of("a2"));

        Link rejected = of("a2").stream().filter(l -> l.target().label().equals("王庄堡镇")).findFirst().orElseThrow();
        assertEquals(LinkStatus.REJECTED, rejected.status(), "the decision follows its words");
        assertEquals(town.anchor().start() + 3, rejected.anchor().start());
        assertEquals(1, store.clausesRewritten - rewrittenBefore, "only a2 is rewritten");
        assertEquals("73.39", ((IndicatorTarget) targetsLink("a3", IndicatorTarget.class).target()).value().toPlainString(),
                "a clause not named is not re-derived");
        assertEquals(a1Before, of("a1"));
    }

    @Test
    void aClauseLevelChangeOfAVersionNeverDerivedDerivesItWhole() {
        PlanVersion v = Samples.version(1, VersionStatus.DRAFT);
        plans.add(v);

        service.changed(v, java.util.Set.of("a2"));

        assertFalse(of("a1").isEmpty(), "every clause derived, not just the named one");
        assertFalse(of("a3").isEmpty());
    }

    @Test
    void aNewVersionCarriesTheDecisionsOverClauseByClause() {
        store(Samples.version(1, VersionStatus.PUBLISHED));
        Link town = of("a1").stream().filter(l -> l.target().label().equals("永安镇")).findFirst().orElseThrow();
        service.reject(DRAFTER, town.id());

        store(Samples.version(2, VersionStatus.DRAFT));

        Link carried = service.allLinks(Samples.PLAN.code(), 2, "a1").stream()
                .filter(l -> l.target().label().equals("永安镇")).findFirst().orElseThrow();
        assertEquals(LinkStatus.REJECTED, carried.status());
        assertEquals("王工", carried.decidedBy());
        assertEquals(2, carried.version());
        assertEquals(LinkStatus.REJECTED, service.link(town.id()).orElseThrow().status(), "version 1 keeps its own");
    }

    @Test
    void aDecisionTellsTheChangeListenerWithTheVersion() {
        store(Samples.version(1, VersionStatus.PUBLISHED));
        List<PlanVersion> told = new ArrayList<>();
        service.setChangeListener(told::add);

        service.accept(DRAFTER, of("a1").get(0).id());

        assertEquals(1, told.size());
        assertEquals(1, told.get(0).number());
    }

    @Test
    void effectiveLinksOfAVersionNeverDerivedAreDerivedOnFirstAsk() {
        PlanVersion v = Samples.version(1, VersionStatus.PUBLISHED);
        plans.add(v); // stored before links existed: nobody told the service

        Map<String, List<Link>> links = service.effectiveLinks(v);

        assertTrue(links.containsKey("a1"));
        assertTrue(store.derived(Samples.PLAN.code(), 1));
    }

    @Test
    void reDerivingAnUnchangedVersionWritesNothing() {
        PlanVersion v = store(Samples.version(1, VersionStatus.PUBLISHED));
        int rewritten = store.clausesRewritten;

        LinkService.Derivation again = service.derive(v);

        assertEquals(0, again.changedClauses());
        assertEquals(rewritten, store.clausesRewritten);
    }

    @Test
    void reDerivingAfterDecisionsKeepsEveryLinkAndItsId() {
        PlanVersion v = store(Samples.version(1, VersionStatus.PUBLISHED));
        Link first = of("a1").get(0);
        service.accept(DRAFTER, first.id());
        service.reject(DRAFTER, of("a1").get(1).id());

        LinkService.Derivation again = service.derive(v);

        assertEquals(0, again.changedClauses());
        assertTrue(service.link(first.id()).isPresent(), "the page's link ids stay valid");
    }
}
