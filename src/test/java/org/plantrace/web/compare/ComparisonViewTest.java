package org.plantrace.web.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.compare.VersionComparer;

class ComparisonViewTest {

    @Test
    void runsCarryTheirOpAndMandatoryMarkAsCssAndOnlyMandatoryFilters() {
        Clause a1 = clause("a", "严禁擅自调整生态保护红线。");
        a1.addMandatorySpan(new Span(0, 6));
        Clause b1 = clause("b", "加强公交。");
        Clause a2 = clause("a", "严禁调整生态保护红线。");
        a2.addMandatorySpan(new Span(0, 4));
        Clause b2 = clause("b", "加强定制公交。");

        ComparisonView all = ComparisonView.of(new VersionComparer().compare(List.of(a1, b1), List.of(a2, b2)), false);
        ComparisonView mandatory = ComparisonView.of(new VersionComparer().compare(List.of(a1, b1), List.of(a2, b2)), true);

        assertEquals(2, all.changes().size());
        assertEquals(List.of("a"), mandatory.changes().stream().map(ChangeView::uid).toList());
        assertEquals(1, all.mandatoryCount());
        DiffRun deleted = all.changes().get(0).olderText().stream().filter(DiffRun::deleted).findFirst().orElseThrow();
        assertEquals("擅自", deleted.text());
        assertEquals("diff-del in-mandatory", deleted.cssClass());
        DiffRun inserted = all.changes().get(1).newerText().stream().filter(DiffRun::inserted).findFirst().orElseThrow();
        assertEquals("定制", inserted.text());
        assertEquals("diff-ins", inserted.cssClass());
        assertTrue(all.counts().stream().anyMatch(k -> k.key().equals("text-changed") && k.count() == 2));
    }

    private static Clause clause(String uid, String text) {
        Clause c = new Clause(ClauseKind.ARTICLE, "", uid);
        c.setText(text);
        c.setUid(uid);
        ClauseTree.assignPathIds(List.of(c));
        return c;
    }
}
