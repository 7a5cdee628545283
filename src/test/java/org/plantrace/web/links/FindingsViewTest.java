package org.plantrace.web.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plantrace.application.findings.ClauseFinding;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.link.Anchor;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.Severity;
import org.plantrace.web.account.CurrentUser;

class FindingsViewTest {
    @Test
    void findingsAreGroupedWithNoDataApartAndLinkedToTheirClause() {
        FindingsView view = new FindingsView(List.of(
                new ClauseFinding(new Finding("ENT001", Severity.WARNING, "chp_5", "正文 [0,4)", "东方城乡应为东坊城乡"), "c1 x", "乡镇"),
                new ClauseFinding(new Finding("NUM003", Severity.INFO, "chp_6", "", "没有图层，无法核对。"), "c2", ""),
                new ClauseFinding(new Finding("NUM001", Severity.INFO, null, "全文", "共核对2处"), null, "")), "/ctx");

        assertEquals(List.of("problems", "no-data", "notes", "summaries"),
                view.getGroups().stream().map(FindingsView.Group::id).toList());
        assertEquals(1, view.getProblemCount());
        assertEquals(1, view.getNoDataCount());
        FindingsView.Row problem = view.getGroups().get(0).rows().get(0);
        assertEquals("/ctx/clause/c1%20x", problem.href());
        assertEquals("警告", problem.severity());
        assertEquals("（无标题条款）", view.getGroups().get(1).rows().get(0).clauseTitle());
        assertNull(view.getGroups().get(3).rows().get(0).href());
    }

    @Test
    void anonymousVisitorsAreRefusedBeforeAnythingIsRead() {
        FindingsPage page = new FindingsPage();
        page.currentUser = new CurrentUser();
        // service and repository left null: the refusal must come first
        assertThrows(AccessDeniedException.class, page::load);
    }

    @Test
    void theCurationListOffersWhatEachStatusAllows() {
        FeatureTarget t = new FeatureTarget("tw-caicun", "蔡村镇", "town", "townships");
        Anchor a = new Anchor(Anchor.Field.TEXT, 0, 3, "蔡村镇");
        Link suggested = Link.suggested("p", 1, "u", t, a, java.time.Instant.now()).at(7L, 1, a);
        LinkItem item = LinkItem.of(suggested);
        assertEquals(true, item.acceptable());
        assertEquals(true, item.rejectable());
        assertEquals("", item.decidedBy(), "extraction is not a person");
        LinkItem rejected = LinkItem.of(suggested.decided(LinkStatus.REJECTED, t, "王工", java.time.Instant.now()));
        assertEquals(false, rejected.rejectable());
        assertEquals("王工", rejected.decidedBy());
        assertEquals("status-rejected", rejected.statusClass());
    }
}
