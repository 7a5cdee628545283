package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorFeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.infrastructure.DataDirectory;

/** The link store on a temporary H2 database: round trips, replacement per clause, decisions, restarts. */
class JpaLinkRepositoryTest {
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456789Z");
    static final String PLAN = "hunyuan-2021-2035";

    @TempDir
    Path dir;
    EntityManagerFactory factory;
    JpaLinkRepository links;

    @BeforeEach
    void open() {
        reopen();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private void reopen() {
        if (factory != null) {
            factory.close();
        }
        factory = PlanTracePersistence.open(DataDirectory.at(dir), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        links = new JpaLinkRepository(factory);
    }

    static List<Link> sample(int version) {
        Anchor value = new Anchor(Anchor.Field.TEXT, 9, 19, "不低于73.39万亩");
        IndicatorTarget farmland = new IndicatorTarget("耕地保有量", ">=", new BigDecimal("73.39"), null, "万亩", 2035, "binding");
        IndicatorTarget range = new IndicatorTarget("年径流总量控制率", "range", new BigDecimal("75"), new BigDecimal("80"), "%", null, "expected");
        return List.of(
                Link.suggested(PLAN, version, "a1", farmland, value, T0),
                Link.suggested(PLAN, version, "a1", new IndicatorFeatureTarget("耕地保有量", "cultivated-land", "耕地", "rule L93"), value, T0),
                Link.suggested(PLAN, version, "a2", new FeatureTarget("ts-dongfangcheng", "东坊城乡", "township", "townships"),
                        new Anchor(Anchor.Field.HEADING, 0, 4, "东方城乡"), T0),
                Link.suggested(PLAN, version, "a2", range, new Anchor(Anchor.Field.TEXT, 3, 9, "75—80%"), T0));
    }

    @Test
    void everyKindOfLinkReadsBackAsStoredAfterARestart() {
        List<Link> stored = links.replace(PLAN, 1, Set.of("a1", "a2"), sample(1));
        stored.forEach(l -> assertNotNull(l.id()));

        reopen();
        List<Link> read = links.ofVersion(PLAN, 1);
        assertEquals(4, read.size());
        for (Link original : sample(1)) {
            assertTrue(read.stream().anyMatch(original::sameAs), "missing " + original);
        }
        assertEquals(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS), read.get(0).decidedAt());
        assertTrue(links.derived(PLAN, 1));
        assertFalse(links.derived(PLAN, 2));
        assertEquals(2, links.ofClause(PLAN, 1, "a2").size());
    }

    @Test
    void replacingClausesLeavesTheOthersAndOtherVersionsAlone() {
        links.replace(PLAN, 1, Set.of("a1", "a2"), sample(1));
        links.replace(PLAN, 2, Set.of("a1", "a2"), sample(2));

        links.replace(PLAN, 1, Set.of("a1"), List.of());

        assertEquals(0, links.ofClause(PLAN, 1, "a1").size());
        assertEquals(2, links.ofClause(PLAN, 1, "a2").size());
        assertEquals(4, links.ofVersion(PLAN, 2).size());
    }

    @Test
    void aDecisionIsSavedWithWhoAndWhen() {
        Link first = links.replace(PLAN, 1, Set.of("a1", "a2"), sample(1)).get(0);
        Instant at = Instant.parse("2026-03-02T09:00:00Z");

        links.save(new Link(first.id(), first.plan(), first.version(), first.clauseUid(), first.target(), first.anchor(),
                first.origin(), LinkStatus.REJECTED, "王工", at));

        Link read = links.byId(first.id()).orElseThrow();
        assertEquals(LinkStatus.REJECTED, read.status());
        assertEquals("王工", read.decidedBy());
        assertEquals(at, read.decidedAt());
        assertEquals(4, links.ofVersion(PLAN, 1).size(), "an update, not a second row");
    }

    @Test
    void aLinkOfAnotherClauseIsRefusedAndNothingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> links.replace(PLAN, 1, Set.of("a1"), sample(1)));
        assertFalse(links.derived(PLAN, 1));
        assertTrue(links.ofVersion(PLAN, 1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> links.save(sample(1).get(0).at(999L, 1, sample(1).get(0).anchor())));
    }
}
