package org.plantrace.domain.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnchorTest {
    static final String TEXT = "王庄堡镇建设综合型城镇，王庄堡镇北部发展农业。";

    @Test
    void anAnchorMustSpanItsOwnText() {
        assertThrows(IllegalArgumentException.class, () -> new Anchor(Anchor.Field.TEXT, 0, 3, "王庄堡镇"));
        assertThrows(IllegalArgumentException.class, () -> new Anchor(Anchor.Field.TEXT, -1, 3, "王庄堡"));
    }

    @Test
    void matchesOnlyWhereTheWordsStillAre() {
        Anchor second = new Anchor(Anchor.Field.TEXT, 12, 16, "王庄堡镇");
        assertTrue(second.matches("", TEXT));
        assertFalse(second.matches("", "近期，" + TEXT));
        assertFalse(second.matches(TEXT, ""), "a text anchor is not looked for in the heading");
        assertFalse(second.matches("", "短"));
    }

    @Test
    void relocatingFindsTheNearestOccurrenceOrNothing() {
        Anchor second = new Anchor(Anchor.Field.TEXT, 12, 16, "王庄堡镇");
        assertEquals(15, second.relocated("", "近期，" + TEXT).start(), "the second occurrence, moved by three");
        assertNull(second.relocated("", "蔡村镇北部发展农业。"));
    }

    @Test
    void onlyAnAddedLinkHasNoOrigin() {
        FeatureTarget t = new FeatureTarget("tw-caicun", "蔡村镇", "town", "townships");
        Anchor a = new Anchor(Anchor.Field.TEXT, 0, 2, "王庄");
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new Link(null, "p", 1, "u", t, a, null, LinkStatus.ACCEPTED, "x", now));
        assertThrows(IllegalArgumentException.class, () -> new Link(null, "p", 1, "u", t, a, t.key(), LinkStatus.ADDED, "x", now));
        assertEquals(t.key(), Link.suggested("p", 1, "u", t, a, now).origin());
    }

    @Test
    void everyStatusButRejectedIsEffective() {
        for (LinkStatus s : LinkStatus.values()) {
            assertEquals(s != LinkStatus.REJECTED, s.effective(), s.name());
        }
    }
}
