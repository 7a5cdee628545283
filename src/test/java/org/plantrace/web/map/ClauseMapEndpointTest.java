package org.plantrace.web.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.extract.indicator.IndicatorExtractor;
import org.plantrace.spatial.LayerSet;
import org.plantrace.web.view.ClauseAnnotator;
import org.plantrace.web.view.PlanIndex;
import org.plantrace.web.view.SamplePlan;

class ClauseMapEndpointTest {
    private static final String GAZETTEER = "id\tname\ttype\tvariants\tparent\tfacts\tsource\n"
            + "cl-eco\t生态保护红线\tcontrol-line\t\t\t\t\n";
    private static final LayerSet LAYERS = ClauseGeoJsonTest.hunyuan();

    private static PlanIndex sample() {
        return new PlanIndex(SamplePlan.version(true), new ClauseAnnotator(new IndicatorExtractor(),
                new EntityLinker(GazetteerFormat.parse(GAZETTEER, "test"))));
    }

    @Test
    void pathsOfTheFormUidJsonOnly() {
        assertEquals("a12", ClauseMapEndpoint.uidFrom("/a12.json"));
        assertNull(ClauseMapEndpoint.uidFrom("/a12"));
        assertNull(ClauseMapEndpoint.uidFrom("/.json"));
        assertNull(ClauseMapEndpoint.uidFrom("/a/b.json"));
        assertNull(ClauseMapEndpoint.uidFrom(null));
    }

    @Test
    void aClauseGetsItsLinkedFeaturesAndUnknownOnesNothing() throws Exception {
        ClauseMapEndpoint endpoint = new ClauseMapEndpoint(() -> Optional.of(sample()), () -> Optional.of(LAYERS));

        JsonNode redLine = ClauseGeoJsonTest.parse(endpoint.json("/a12.json").orElseThrow());
        assertEquals(1, redLine.get("linked").asInt(), "the article names 生态保护红线");
        assertEquals("ecological-red-line", redLine.at("/features/1/properties/layer").asText());
        JsonNode chapter = ClauseGeoJsonTest.parse(endpoint.json("/c4.json").orElseThrow());
        assertEquals(0, chapter.get("linked").asInt(), "no links: the county outline only");
        assertTrue(endpoint.json("/no-such-clause.json").isEmpty());
        assertTrue(endpoint.json("/a12").isEmpty());
    }

    @Test
    void noPlanOrNoLayersIsNotFound() {
        assertTrue(new ClauseMapEndpoint(Optional::empty, () -> Optional.of(LAYERS)).json("/a12.json").isEmpty());
        assertTrue(new ClauseMapEndpoint(() -> Optional.of(sample()), Optional::empty).json("/a12.json").isEmpty());
    }

    @Test
    void answersAreKeptUntilAnotherVersionIsShown() {
        AtomicReference<PlanIndex> shown = new AtomicReference<>(sample());
        ClauseMapEndpoint endpoint = new ClauseMapEndpoint(() -> Optional.of(shown.get()), () -> Optional.of(LAYERS));

        byte[] first = endpoint.json("/a12.json").orElseThrow();
        assertSame(first, endpoint.json("/a12.json").orElseThrow(), "built once, then served from memory");
        shown.set(sample());
        byte[] afterNewVersion = endpoint.json("/a12.json").orElseThrow();
        assertTrue(first != afterNewVersion, "a new index (version) is not served the old answer");
    }

    @Test
    void aDecisionThatChangesTheLinkedFeaturesRebuildsTheAnswer() throws Exception {
        AtomicReference<List<Link>> stored = new AtomicReference<>();
        PlanVersion v = SamplePlan.version(true);
        Clause a12 = v.clauses().get(1).children().get(0).children().get(0);
        int at = a12.text().indexOf("生态保护红线");
        Link redLine = Link.suggested(SamplePlan.CODE, 1, "a12", new FeatureTarget("cl-eco", "生态保护红线", "control-line",
                "ecological-red-line"), new Anchor(Anchor.Field.TEXT, at, at + 6, "生态保护红线"), Instant.EPOCH);
        stored.set(List.of(redLine));
        PlanIndex index = new PlanIndex(v, ClauseAnnotator.forPlan(v.plan().code()),
                (plan, version, uid) -> uid.equals("a12") ? Optional.of(stored.get()) : Optional.empty());
        ClauseMapEndpoint endpoint = new ClauseMapEndpoint(() -> Optional.of(index), () -> Optional.of(LAYERS));

        assertEquals(1, ClauseGeoJsonTest.parse(endpoint.json("/a12.json").orElseThrow()).get("linked").asInt());
        stored.set(List.of()); // the drafter rejected it: no effective link left
        assertEquals(0, ClauseGeoJsonTest.parse(endpoint.json("/a12.json").orElseThrow()).get("linked").asInt(),
                "the same index, a new answer");
    }
}
