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
    void anEnglishReaderReadsTheRulesWordsInEnglishAndThePlansWordsAsWritten() {
        // the messages the rules really build, for a plan with a typo and a missing layer
        org.plantrace.domain.message.Message typo = org.plantrace.domain.message.Message.of("lint.name.typo", "东方城乡", "东坊城乡");
        org.plantrace.domain.message.Message noLayer = org.plantrace.domain.message.Message.of("lint.layer.missing",
                org.plantrace.spatial.LayerKind.ECOLOGICAL_RED_LINE, "417.06平方千米", "ecological-red-line");
        org.plantrace.domain.message.Message place = org.plantrace.domain.message.Message.of("lint.where",
                org.plantrace.domain.message.SourcePlace.of("第 95 行"), 3, 7);
        List<ClauseFinding> findings = List.of(
                new ClauseFinding(new Finding("ENT001", Severity.WARNING, "chp_5", place, typo), "c1", "乡镇"),
                new ClauseFinding(new Finding("NUM003", Severity.INFO, "chp_6", place, noLayer), "c2", "生态"));
        FindingsView english = new FindingsView(findings, "/ctx", uid -> "",
                java.util.ResourceBundle.getBundle(FindingsView.BUNDLE, org.plantrace.web.i18n.LocaleChoice.ENGLISH));
        FindingsView.Row problem = english.getGroups().get(0).rows().get(0);
        assertEquals("\"东方城乡\" looks like a slip for \"东坊城乡\"; it was linked as 东坊城乡. Please correct it.", problem.message());
        assertEquals("line 95, text [3,7)", problem.location());
        FindingsView.Row noData = english.getGroups().get(1).rows().get(0);
        assertEquals("The text gives the ecological protection red line area as 417.06平方千米, but there is no ecological "
                + "protection red line layer (ecological-red-line.geojson), so it could not be checked.", noData.message());
        // the command line and the Chinese page keep the Chinese words, and the finding is still "no data"
        assertEquals(true, findings.get(1).finding().noData());
        FindingsView chinese = new FindingsView(findings, "/ctx");
        assertEquals("第 95 行，正文 [3,7)", chinese.getGroups().get(0).rows().get(0).location());
        assertEquals("文中生态保护红线面积为417.06平方千米，但没有生态保护红线图层（ecological-red-line.geojson），无法核对。",
                chinese.getGroups().get(1).rows().get(0).message());
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
