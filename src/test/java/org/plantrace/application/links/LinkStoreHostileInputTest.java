package org.plantrace.application.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaLinkRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;
import org.plantrace.search.MemoryPlans;

/** Text no plan should have still derives and stores: long runs without punctuation, huge anchors refused. */
class LinkStoreHostileInputTest {
    @TempDir
    Path dir;
    EntityManagerFactory factory;
    MemoryPlans plans;
    LinkService service;

    @BeforeEach
    void open() {
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        plans = new MemoryPlans();
        service = new LinkService(plans, new JpaLinkRepository(factory), Samples.derivation(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void aPageLongSentenceBeforeAFigureIsStoredWithAClippedName() {
        String text = "王庄堡镇" + "建设用地".repeat(5_000) + "面积不超过100公顷。";
        PlanVersion v = Samples.version(1, VersionStatus.DRAFT, Samples.clauses(Samples.RED_LINE, text, Samples.FARMLAND));
        plans.add(v);

        service.stored(v);

        List<Link> links = service.allLinks(Samples.PLAN.code(), 1, "a2");
        IndicatorTarget ind = links.stream().map(Link::target).filter(IndicatorTarget.class::isInstance)
                .map(IndicatorTarget.class::cast).findFirst().orElseThrow();
        assertTrue(ind.name().length() <= LinkDerivation.MAX_NAME, "name of " + ind.name().length());
        assertTrue(links.stream().anyMatch(l -> l.target() instanceof FeatureTarget f && f.name().equals("王庄堡镇")));
    }

    @Test
    void aDrafterCannotAddAParagraphAsALink() {
        String text = "王庄堡镇" + "农".repeat(2_000) + "。";
        PlanVersion v = Samples.version(1, VersionStatus.DRAFT, Samples.clauses(Samples.RED_LINE, text, Samples.FARMLAND));
        plans.add(v);
        service.stored(v);
        String all = text.substring(0, 1_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.add(
                Actor.of("王工", Role.DRAFTER), Samples.PLAN.code(), 1, "a2",
                new FeatureTarget("tw-caicun", "蔡村镇", "town", "townships"), new Anchor(Anchor.Field.TEXT, 0, 1_000, all)));
        assertTrue(e.getMessage().contains("超过 " + LinkService.MAX_ANCHOR + " 字"), e.getMessage());
        assertEquals(0, service.allLinks(Samples.PLAN.code(), 1, "a2").stream()
                .filter(l -> l.status() == org.plantrace.domain.link.LinkStatus.ADDED).count());
    }

    @Test
    void reDerivingTheStoredSeedRewritesNothingAndKeepsIds() {
        PlanVersion seed = org.plantrace.search.SeedPlan.version(1, VersionStatus.PUBLISHED);
        plans.add(seed);
        service.stored(seed);
        String uid = service.effectiveLinks(seed.plan().code(), 1).keySet().iterator().next();
        Link first = service.allLinks(seed.plan().code(), 1, uid).get(0);
        service.accept(Actor.of("王工", Role.DRAFTER), first.id());

        LinkService.Derivation again = service.derive(seed);

        assertEquals(0, again.changedClauses(), again.toString());
        assertTrue(service.link(first.id()).isPresent());
    }
}
