package org.plantrace.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plantrace.conformance.output.ReviewJson;

/** Issue #14.1: a review opinion cites county clauses as 《规划名》第N条（第N章第N节）, never by path id. */
class OpinionCitationTest {

    @Test
    void everyCountyClauseOfAFindingIsCitedByTitleAndArticle() throws Exception {
        Review review = ReviewSamples.review("王庄堡镇", ReviewSamples.FOLDER.resolve("wangzhuangbao.txt"));
        int cited = 0;
        for (Finding f : review.findings()) {
            for (Finding.CountyCite c : f.countyClauses()) {
                assertTrue(c.cited().startsWith("《浑源县国土空间总体规划"), c.cited());
                assertTrue(c.cited().matches("《[^》]+》第.+[章节条项].*"), c.cited());
                assertFalse(c.cited().contains("chp_"), c.cited());
                cited++;
            }
        }
        assertTrue(cited > 40, "findings cite their county clauses: " + cited);
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        ReviewJson.write(review, json);
        assertTrue(json.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"citation\":\"《浑源县国土空间总体规划"));
    }
}
