package org.plantrace.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.application.authoring.AuthoringFixture.ADMIN;
import static org.plantrace.application.authoring.AuthoringFixture.DRAFTER;
import static org.plantrace.application.authoring.AuthoringFixture.DRAFTER2;
import static org.plantrace.application.authoring.AuthoringFixture.REVIEWER;
import static org.plantrace.application.authoring.AuthoringFixture.byUid;
import static org.plantrace.application.authoring.AuthoringFixture.find;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.Forests;

class AuthoringServiceTest {
    static final String CODE = "hunyuan-2021-2035";

    @TempDir
    Path dir;
    AuthoringFixture f;
    AuthoringService service;
    PlanVersion v1;

    @BeforeEach
    void open() {
        f = new AuthoringFixture(dir);
        service = f.service;
        v1 = f.publishedPlan(CODE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> uids(PlanVersion v) {
        return ClauseTree.flatten(v.clauses()).stream().map(Clause::uid).toList();
    }

    private static List<String> eIds(PlanVersion v) {
        return ClauseTree.flatten(v.clauses()).stream().map(Clause::eId).toList();
    }

    private List<AuditEntry> audit() {
        return f.audit.entries(ADMIN, AuditQuery.plan(CODE, 100));
    }

    @Test
    void openDraftCopiesTheLatestPublishedVersionKeepingDurableIds() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);

        assertEquals(2, draft.number());
        assertEquals(VersionStatus.DRAFT, draft.status());
        assertEquals(uids(v1), uids(draft));
        assertEquals(eIds(v1), eIds(draft));
        assertEquals(find(v1, "划定生态保护红线").text(), find(draft, "划定生态保护红线").text());
        assertEquals(find(v1, "划定生态保护红线").mandatorySpans(), find(draft, "划定生态保护红线").mandatorySpans());
        // a second drafter opening the draft gets the same one, not a fork
        assertEquals(2, service.openDraft(DRAFTER2, CODE).number());
        assertEquals(List.of(1, 2), service.versions(DRAFTER, CODE).stream().map(PlanVersion::number).toList());
        assertEquals(1, f.told.size());
        assertEquals("创建草案", audit().get(0).detail());
    }

    @Test
    void editingAClauseSavesItWithANewRevisionAndAnAuditEntryWhileThePublishedTextStays() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause scope = find(draft, "规划范围");

        Clause saved = service.editClause(DRAFTER, CODE, 2, scope.uid(), scope.revision(), "规划范围与期限",
                "规划范围为浑源县行政辖区全域。\n规划期限为2021—2035年。");

        assertEquals(scope.revision() + 1, saved.revision());
        Clause stored = byUid(f.stored(CODE, 2), scope.uid());
        assertEquals("规划范围与期限", stored.heading());
        assertEquals("规划范围为浑源县行政辖区全域。\n规划期限为2021—2035年。", stored.text());
        assertEquals(saved.revision(), stored.revision());
        assertEquals(find(v1, "规划范围").text(), byUid(f.stored(CODE, 1), scope.uid()).text());
        AuditEntry entry = audit().get(0);
        assertEquals("drafter", entry.username());
        assertEquals("编辑条款", entry.detail());
        assertEquals(scope.uid(), entry.clauseUid());
        assertTrue(entry.before().contains("国土总面积1965.11平方千米"), entry.before());
        assertTrue(entry.after().contains("规划期限为2021—2035年"), entry.after());
        // the listeners hear of the draft with the new text
        PlanVersion heard = f.told.get(f.told.size() - 1);
        assertEquals(2, heard.number());
        assertEquals("规划范围与期限", byUid(heard, scope.uid()).heading());
    }

    @Test
    void aClauseEditTellsTheListenersWhichClauseChangedAndARestructureTellsTheWholeVersion() {
        List<String> heard = new java.util.ArrayList<>();
        service.addVersionListener(new org.plantrace.application.VersionListener() {
            @Override
            public void stored(PlanVersion version) {
                heard.add("whole v" + version.number());
            }

            @Override
            public void changed(PlanVersion version, java.util.Set<String> uids) {
                heard.add("clauses v" + version.number() + " " + uids + " " + byUid(version, uids.iterator().next()).text());
            }
        });
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause scope = find(draft, "规划范围");
        heard.clear();

        service.editClause(DRAFTER, CODE, 2, scope.uid(), scope.revision(), "规划范围", "规划范围为浑源县行政辖区全域。");
        service.moveUp(DRAFTER, CODE, 2, scope.uid());

        assertEquals(List.of("clauses v2 [" + scope.uid() + "] 规划范围为浑源县行政辖区全域。", "whole v2"), heard,
                "an edit moves nothing, so links and index may follow that clause only; a move renumbers");
    }

    @Test
    void theSecondOfTwoDraftersEditingOneClauseGetsAConflictWithBothTextsAndNothingIsOverwritten() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        long opened = purpose.revision();

        service.editClause(DRAFTER, CODE, 2, purpose.uid(), opened, "规划目的", "甲的文本：落实国家决策部署。");
        ConcurrentEditException conflict = assertThrows(ConcurrentEditException.class,
                () -> service.editClause(DRAFTER2, CODE, 2, purpose.uid(), opened, "规划目的", "乙的文本：推进高质量发展。"));

        assertEquals("甲的文本：落实国家决策部署。", conflict.theirText());
        assertEquals("乙的文本：推进高质量发展。", conflict.yourText());
        assertEquals("drafter", conflict.savedBy());
        assertEquals(opened, conflict.yourRevision());
        assertEquals(opened + 1, conflict.theirRevision());
        assertTrue(conflict.getMessage().contains("drafter"), conflict.getMessage());
        assertEquals("甲的文本：落实国家决策部署。", byUid(f.stored(CODE, 2), purpose.uid()).text());
        assertEquals(1, audit().stream().filter(e -> e.detail().equals("编辑条款")).count());

        // having seen both, the second drafter saves a merge against the revision shown
        Clause merged = service.editClause(DRAFTER2, CODE, 2, purpose.uid(), conflict.theirRevision(), "规划目的",
                "甲的文本：落实国家决策部署。乙的文本：推进高质量发展。");
        assertEquals(opened + 2, merged.revision());
    }

    @Test
    void simultaneousSavesOfOneClauseLetExactlyOneThrough() throws Exception {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Actor who : List.of(DRAFTER, DRAFTER2)) {
                Callable<String> save = () -> {
                    start.await();
                    try {
                        service.editClause(who, CODE, 2, purpose.uid(), purpose.revision(), "规划目的", who.username() + " 的文本");
                        return "saved";
                    } catch (ConcurrentEditException e) {
                        return "conflict";
                    }
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) {
                outcomes.add(r.get());
            }
            assertEquals(1, outcomes.stream().filter("saved"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("conflict"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(purpose.revision() + 1, byUid(f.stored(CODE, 2), purpose.uid()).revision());
    }

    @Test
    void mandatorySpansFollowTheTextThroughAnEdit() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause red = find(draft, "划定生态保护红线");
        assertEquals(List.of(new Span(0, 28), new Span(30, 40)), red.mandatorySpans());

        Clause saved = service.editClause(DRAFTER, CODE, 2, red.uid(), red.revision(), red.heading(), "（修订）" + red.text());

        assertEquals(List.of(new Span(4, 32), new Span(34, 44)), saved.mandatorySpans());
        assertEquals(red.text().substring(0, 28), saved.text().substring(4, 32));
        assertTrue(byUid(f.stored(CODE, 2), red.uid()).mandatory());
    }

    @Test
    void partOfATextIsMarkedMandatoryAndUnmarkedDownToTheSpan() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause heritage = find(draft, "历史文化保护线");
        assertFalse(heritage.mandatory());

        Clause marked = service.markMandatory(DRAFTER, CODE, 2, heritage.uid(), heritage.revision(), new Span(0, 9));
        assertTrue(marked.mandatory());
        assertEquals(MandatoryProvenance.MANUAL, marked.mandatoryProvenance());
        assertEquals(List.of(new Span(0, 9)), marked.mandatorySpans());
        assertEquals("落实历史文化保护线", marked.text().substring(0, 9));

        Clause wider = service.markMandatory(DRAFTER, CODE, 2, heritage.uid(), marked.revision(), new Span(5, 14));
        assertEquals(List.of(new Span(0, 14)), wider.mandatorySpans());
        Clause holed = service.unmarkMandatory(DRAFTER, CODE, 2, heritage.uid(), wider.revision(), new Span(2, 4));
        assertEquals(List.of(new Span(0, 2), new Span(4, 14)), holed.mandatorySpans());
        Clause stored = byUid(f.stored(CODE, 2), heritage.uid());
        assertEquals(List.of(new Span(0, 2), new Span(4, 14)), stored.mandatorySpans());
        assertEquals(MandatoryProvenance.MANUAL, stored.mandatoryProvenance());

        Clause cleared = service.clearMandatory(DRAFTER, CODE, 2, heritage.uid(), holed.revision());
        assertFalse(cleared.mandatory());
        assertTrue(cleared.mandatorySpans().isEmpty());
        assertFalse(byUid(f.stored(CODE, 2), heritage.uid()).mandatory());
        assertTrue(audit().stream().anyMatch(e -> e.detail().equals("标为强制性") && e.after().contains("落实历史文化保护线")));
    }

    @Test
    void aSpanBeyondTheTextIsRefusedAndNothingIsStored() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause heritage = find(draft, "历史文化保护线");
        long before = f.auditCount(CODE);
        AuthoringException e = assertThrows(AuthoringException.class, () -> service.markMandatory(DRAFTER, CODE, 2,
                heritage.uid(), heritage.revision(), new Span(0, 10_000)));
        assertTrue(e.getMessage().contains("超出了正文长度"), e.getMessage());
        assertEquals(before, f.auditCount(CODE));
        assertFalse(byUid(f.stored(CODE, 2), heritage.uid()).mandatory());
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        long before = f.auditCount(CODE);
        assertTrue(assertThrows(AuthoringException.class, () -> service.editClause(DRAFTER, CODE, 2, purpose.uid(),
                purpose.revision(), " ", "\n")).getMessage().contains("不能都为空"));
        assertTrue(assertThrows(AuthoringException.class, () -> service.editClause(DRAFTER, CODE, 2, purpose.uid(),
                purpose.revision(), "题".repeat(501), "x")).getMessage().contains("超过上限"));
        assertTrue(assertThrows(AuthoringException.class, () -> service.editClause(DRAFTER, CODE, 2, purpose.uid(),
                purpose.revision(), "x", "文".repeat(50_001))).getMessage().contains("请拆分"));
        assertTrue(assertThrows(AuthoringException.class, () -> service.editClause(DRAFTER, CODE, 2, "cnosuchid",
                1, "x", "y")).getMessage().contains("没有编号为"));
        assertTrue(assertThrows(AuthoringException.class, () -> service.editClause(DRAFTER, "no-such-plan", 2,
                purpose.uid(), 1, "x", "y")).getMessage().contains("找不到规划"));
        assertEquals(before, f.auditCount(CODE));
        // control characters go, Windows line ends become '\n'
        Clause saved = service.editClause(DRAFTER, CODE, 2, purpose.uid(), purpose.revision(), "标\n题", "甲\r\n乙\u0007");
        assertEquals("标 题", saved.heading());
        assertEquals("甲\n乙", saved.text());
    }

    @Test
    void onlyTheDraftIsEditable() {
        Clause purpose = find(v1, "规划目的");
        AuthoringException e = assertThrows(AuthoringException.class,
                () -> service.editClause(DRAFTER, CODE, 1, purpose.uid(), purpose.revision(), "x", "y"));
        assertTrue(e.getMessage().contains("已发布"), e.getMessage());
        assertEquals(purpose.text(), byUid(f.stored(CODE, 1), purpose.uid()).text());
    }

    @Test
    void theLifeCycleRunsDraftInReviewPublishedAndSupersedesThePreviousVersion() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        service.editClause(DRAFTER, CODE, 2, purpose.uid(), purpose.revision(), "规划目的", "新的规划目的。");

        assertThrows(AuthoringException.class, () -> service.publish(ADMIN, CODE, 2));
        assertEquals(VersionStatus.IN_REVIEW, service.submitForReview(DRAFTER, CODE, 2).status());
        assertThrows(AuthoringException.class,
                () -> service.editClause(DRAFTER, CODE, 2, purpose.uid(), purpose.revision() + 1, "x", "y"));
        assertThrows(AuthoringException.class, () -> service.openDraft(DRAFTER, CODE));
        assertEquals(VersionStatus.DRAFT, service.withdraw(DRAFTER, CODE, 2).status());
        service.submitForReview(DRAFTER, CODE, 2);

        PlanVersion published = service.publish(ADMIN, CODE, 2);

        assertEquals(VersionStatus.PUBLISHED, published.status());
        assertTrue(published.publishedAt() != null);
        assertEquals(VersionStatus.SUPERSEDED, f.stored(CODE, 1).status());
        assertEquals(2, f.repository.latestPublished(CODE).orElseThrow().number());
        assertEquals("新的规划目的。", byUid(f.repository.latestPublished(CODE).orElseThrow(), purpose.uid()).text());
        // the search index hears of both: the new published text and the superseded one
        assertTrue(f.told.stream().anyMatch(v -> v.number() == 1 && v.status() == VersionStatus.SUPERSEDED));
        assertTrue(f.told.stream().anyMatch(v -> v.number() == 2 && v.status() == VersionStatus.PUBLISHED));
        // the next draft copies the new published version
        PlanVersion next = service.openDraft(DRAFTER, CODE);
        assertEquals(3, next.number());
        assertEquals("新的规划目的。", byUid(next, purpose.uid()).text());
        // the superseded version stays public and citable
        assertTrue(service.version(Actor.ANONYMOUS, CODE, 1).isPresent());
        assertTrue(service.version(Actor.ANONYMOUS, CODE, 3).isEmpty());
    }

    @Test
    void restoringAnOldVersionMakesANewDraftWithItsText() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        service.editClause(DRAFTER, CODE, 2, purpose.uid(), purpose.revision(), "规划目的", "第二版的规划目的。");
        service.submitForReview(DRAFTER, CODE, 2);
        service.approve(REVIEWER, CODE, 2);
        service.publish(DRAFTER, CODE, 2);

        PlanVersion restored = service.restoreAsDraft(DRAFTER, CODE, 1);

        assertEquals(3, restored.number());
        assertEquals(VersionStatus.DRAFT, restored.status());
        assertEquals(uids(v1), uids(restored));
        assertEquals(purpose.text(), byUid(restored, purpose.uid()).text());
        assertEquals(VersionStatus.PUBLISHED, f.stored(CODE, 2).status());
        assertEquals("第二版的规划目的。", byUid(f.stored(CODE, 2), purpose.uid()).text());
    }

    @Test
    void restoringIntoAnOpenDraftReplacesItsTextAndOpenEditFormsConflict() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        Clause edited = service.editClause(DRAFTER, CODE, 2, purpose.uid(), purpose.revision(), "规划目的", "草案里的修改。");

        PlanVersion restored = service.restoreAsDraft(DRAFTER, CODE, 1);

        assertEquals(2, restored.number());
        assertEquals(purpose.text(), byUid(restored, purpose.uid()).text());
        assertNotEquals(edited.revision(), byUid(restored, purpose.uid()).revision());
        assertThrows(ConcurrentEditException.class, () -> service.editClause(DRAFTER2, CODE, 2, purpose.uid(),
                edited.revision(), "规划目的", "旧表单"));
        AuditEntry entry = audit().get(0);
        assertTrue(entry.detail().contains("以第 1 版恢复草案"), entry.detail());
        assertTrue(entry.before().contains("草案里的修改。"), "the replaced draft text is kept: " + entry.before());
    }

    @Test
    void insertingGivesANewDurableIdAndRecomputesPathIdsKeepingEveryOtherId() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");

        Clause inserted = service.insertClause(DRAFTER, CODE, 2, purpose.uid(), Placement.BEFORE, null, "规划依据",
                "《中华人民共和国土地管理法》等。");

        PlanVersion after = f.stored(CODE, 2);
        assertEquals(ClauseKind.ARTICLE, inserted.kind());
        assertFalse(uids(v1).contains(inserted.uid()));
        List<String> expected = new ArrayList<>(uids(v1));
        expected.add(1, inserted.uid());
        assertEquals(expected, uids(after));
        assertEquals("chp_1__art_1", byUid(after, inserted.uid()).eId());
        assertEquals("chp_1__art_2", byUid(after, purpose.uid()).eId());
        // the chapter's own 第1条, 第2条 follow: real source numbers are renumbered in order
        assertEquals(List.of("第1条", "第2条", "第3条"),
                after.clauses().get(0).children().stream().map(Clause::num).toList());
        assertEquals(List.of("规划依据", "规划目的", "规划范围"),
                after.clauses().get(0).children().stream().map(Clause::heading).toList());
    }

    @Test
    void movingKeepsDurableIdsAndRenumbers() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        Clause farmland = find(draft, "严守耕地保护红线");

        service.moveDown(DRAFTER, CODE, 2, purpose.uid());
        PlanVersion after = f.stored(CODE, 2);
        assertEquals(List.of("规划范围", "规划目的"),
                after.clauses().get(0).children().stream().map(Clause::heading).toList());
        assertEquals(List.of("第1条", "第2条"), after.clauses().get(0).children().stream().map(Clause::num).toList());
        assertEquals("chp_1__art_2", byUid(after, purpose.uid()).eId());
        assertEquals(Set.copyOf(uids(v1)), Set.copyOf(uids(after)));
        assertThrows(AuthoringException.class, () -> service.moveDown(DRAFTER, CODE, 2, purpose.uid()));

        // across chapters: the farmland article becomes the first of chapter 1
        Clause scope = find(after, "规划范围");
        service.moveClause(DRAFTER, CODE, 2, farmland.uid(), scope.uid(), Placement.BEFORE);
        PlanVersion moved = f.stored(CODE, 2);
        assertEquals("chp_1__art_1", byUid(moved, farmland.uid()).eId());
        assertEquals(farmland.text(), byUid(moved, farmland.uid()).text());
        assertEquals(Set.copyOf(uids(v1)), Set.copyOf(uids(moved)));
        // a clause cannot go inside itself
        Clause chapter2 = moved.clauses().get(1);
        Clause section = chapter2.children().get(0);
        assertThrows(AuthoringException.class,
                () -> service.moveClause(DRAFTER, CODE, 2, chapter2.uid(), section.uid(), Placement.LAST_CHILD));
    }

    @Test
    void deletingRemovesTheSubtreeAndTheAuditTrailKeepsItsText() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause red = find(draft, "划定生态保护红线");

        service.deleteClause(DRAFTER, CODE, 2, red.uid(), red.revision());

        PlanVersion after = f.stored(CODE, 2);
        assertEquals(uids(v1).size() - 3, uids(after).size());
        assertFalse(uids(after).contains(red.uid()));
        AuditEntry entry = audit().get(0);
        assertEquals("删除条款", entry.detail());
        assertTrue(entry.before().contains("严格管控自然保护地核心保护区"), entry.before());
        // the published version still has it
        assertEquals(red.text(), byUid(f.stored(CODE, 1), red.uid()).text());
    }

    @Test
    void splittingCutsTextAndSpansAndKeepsTheReadingOrder() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause red = find(draft, "划定生态保护红线");
        int cut = red.text().indexOf("生态保护红线内");

        Clause second = service.split(DRAFTER, CODE, 2, red.uid(), red.revision(), cut);

        PlanVersion after = f.stored(CODE, 2);
        Clause first = byUid(after, red.uid());
        assertEquals(red.text().substring(0, cut), first.text());
        assertEquals(red.text().substring(cut), byUid(after, second.uid()).text());
        assertEquals(List.of(new Span(0, 28), new Span(30, cut)), first.mandatorySpans());
        assertEquals(List.of(new Span(0, 40 - cut)), byUid(after, second.uid()).mandatorySpans());
        assertTrue(first.children().isEmpty());
        assertEquals(2, byUid(after, second.uid()).children().size());
        assertFalse(uids(v1).contains(second.uid()));
        // reading order: first text, second text, then the items
        List<String> order = ClauseTree.flatten(after.clauses()).stream().map(Clause::uid).toList();
        int at = order.indexOf(red.uid());
        assertEquals(second.uid(), order.get(at + 1));
        assertThrows(AuthoringException.class, () -> service.split(DRAFTER, CODE, 2, red.uid(), first.revision(), 0));
    }

    @Test
    void mergingJoinsTheNextSiblingAndRetiresItsId() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause purpose = find(draft, "规划目的");
        Clause scope = find(draft, "规划范围");

        Clause merged = service.merge(DRAFTER, CODE, 2, purpose.uid(), purpose.revision());

        assertEquals(purpose.text() + "\n规划范围\n" + scope.text(), merged.text());
        PlanVersion after = f.stored(CODE, 2);
        assertFalse(uids(after).contains(scope.uid()));
        assertEquals(merged.text(), byUid(after, purpose.uid()).text());
        assertTrue(audit().get(0).before().contains(scope.text()));
        // nothing after it in its chapter now
        assertThrows(AuthoringException.class,
                () -> service.merge(DRAFTER, CODE, 2, purpose.uid(), merged.revision()));
    }

    @Test
    void mergingCarriesTheNextClausesMandatoryMark() {
        PlanVersion draft = service.openDraft(DRAFTER, CODE);
        Clause red = find(draft, "划定生态保护红线");
        Clause farmland = find(draft, "严守耕地保护红线");
        // the red-line article has items, so it cannot take the next one in
        assertThrows(AuthoringException.class, () -> service.merge(DRAFTER, CODE, 2, red.uid(), red.revision()));
        Clause heading = service.insertClause(DRAFTER, CODE, 2, farmland.uid(), Placement.BEFORE, null, "", "耕地保护的总体要求。");

        Clause merged = service.merge(DRAFTER, CODE, 2, heading.uid(), heading.revision());

        int start = "耕地保护的总体要求。\n严守耕地保护红线\n".length();
        assertEquals(List.of(new Span(start, start + farmland.textLength())), merged.mandatorySpans());
        assertTrue(merged.mandatory());
    }

    @Test
    void aStoredDraftGetsItsIdsCarriedOverFromTheNewestVersion() {
        List<Clause> upload = Forests.countyPlan();
        Clause purpose = ClauseTree.flatten(upload).stream().filter(c -> c.heading().equals("规划目的")).findFirst().orElseThrow();
        purpose.setText(purpose.text() + "（上传稿）");

        PlanVersion stored = service.storeDraft(DRAFTER, CODE, upload, "hunyuan-v2.docx");

        assertEquals(2, stored.number());
        assertEquals(VersionStatus.DRAFT, stored.status());
        assertEquals("hunyuan-v2.docx", stored.sourceName());
        assertEquals(uids(v1), uids(stored));
        assertTrue(byUid(stored, find(v1, "规划目的").uid()).text().endsWith("（上传稿）"));
        assertThrows(AuthoringException.class, () -> service.storeDraft(DRAFTER, CODE, List.of(), "empty.txt"));
    }

    @Test
    void draftsAreInvisibleToThePublic() {
        service.openDraft(DRAFTER, CODE);
        Clause purpose = find(v1, "规划目的");
        assertEquals(List.of(1), service.versions(Actor.ANONYMOUS, CODE).stream().map(PlanVersion::number).toList());
        assertTrue(service.version(Actor.ANONYMOUS, CODE, 2).isEmpty());
        assertTrue(service.clause(Actor.ANONYMOUS, CODE, 2, purpose.uid()).isEmpty());
        assertTrue(service.clause(Actor.ANONYMOUS, CODE, 1, purpose.uid()).isPresent());
        assertTrue(service.clause(AuthoringFixture.REVIEWER, CODE, 2, purpose.uid()).isPresent());
    }
}
