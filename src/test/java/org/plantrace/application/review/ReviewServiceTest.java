package org.plantrace.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.application.review.SeedPlanStore.ADMIN;
import static org.plantrace.application.review.SeedPlanStore.CODE;
import static org.plantrace.application.review.SeedPlanStore.DRAFTER;
import static org.plantrace.application.review.SeedPlanStore.DRAFTER2;
import static org.plantrace.application.review.SeedPlanStore.REVIEWER;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.ReviewRuleException;
import org.plantrace.domain.review.StaleThreadException;
import org.plantrace.domain.review.SuggestionState;
import org.plantrace.domain.review.ThreadStatus;

/** Review on the real seed in a real H2 store: comments, threads, suggestions, permissions. */
class ReviewServiceTest {
    static final String BUS = "公共交通";
    static final String FREIGHT = "货运交通";

    @TempDir
    Path tmp;
    SeedPlanStore store;
    Clause bus;

    @BeforeEach
    void open() throws Exception {
        store = new SeedPlanStore(tmp.resolve("data"));
        bus = SeedPlanStore.find(store.version(1), BUS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReviewerCommentsOnASpanAndTheDrafterResolvesIt() {
        int at = bus.text().indexOf("旅游公交");
        CommentThread t = store.review.comment(REVIEWER, CODE, 1, bus.uid(), new Span(at, at + 4), "旅游公交线路应列明。");

        assertTrue(t.id() > 0);
        assertEquals("旅游公交", t.anchor().quote());
        assertEquals(ThreadStatus.OPEN, t.status());
        assertEquals("reviewer", t.opening().author());
        store.review.reply(DRAFTER, t.id(), "将在附表中补充。");
        CommentThread resolved = store.review.resolve(DRAFTER, t.id());

        assertEquals(ThreadStatus.RESOLVED, resolved.status());
        assertEquals("drafter", resolved.resolvedBy());
        List<CommentThread> onClause = store.review.threads(REVIEWER, CODE, bus.uid());
        assertEquals(1, onClause.size());
        assertEquals(List.of("旅游公交线路应列明。", "将在附表中补充。"),
                onClause.get(0).comments().stream().map(c -> c.body()).toList());
        assertEquals(0, store.review.openCount(DRAFTER, CODE));
        // each step is in the audit trail of the clause
        List<Action> actions = store.auditOf(bus.uid()).stream().map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of(Action.COMMENT, Action.RESOLVE_COMMENT)), actions.toString());
        assertThrows(ReviewRuleException.class, () -> store.review.resolve(REVIEWER, t.id()), "already resolved");
        assertEquals(ThreadStatus.OPEN, store.review.reopen(REVIEWER, t.id()).status());
    }

    @Test
    void threadsFollowTheClauseIntoTheNextVersion() {
        CommentThread t = store.review.comment(REVIEWER, CODE, 1, bus.uid(), null, "请核实公交覆盖率。");
        PlanVersion draft = store.authoring.openDraft(DRAFTER, CODE);
        assertNotEquals(1, draft.number());
        Clause inDraft = SeedPlanStore.find(draft, BUS);
        assertEquals(bus.uid(), inDraft.uid());
        List<CommentThread> seen = store.review.threads(DRAFTER, CODE, inDraft.uid());
        assertEquals(List.of(t.id()), seen.stream().map(CommentThread::id).toList());
        assertEquals(1, seen.get(0).version(), "made on version 1");
    }

    @Test
    void anAcceptedSuggestionIsAnAuditedEditOfTheDraft() {
        String text = bus.text().replace("常规公交+旅游公交", "常规公交+旅游公交+定制公交");
        CommentThread t = store.review.suggest(REVIEWER, CODE, 1, bus.uid(), "增加定制公交。", null, text);
        assertEquals(SuggestionState.PENDING, t.suggestion().state());

        CommentThread accepted = store.review.accept(DRAFTER, t.id());

        assertEquals(SuggestionState.ACCEPTED, accepted.suggestion().state());
        assertEquals(ThreadStatus.RESOLVED, accepted.status());
        PlanVersion draft = store.authoring.openDraft(DRAFTER, CODE);
        Clause edited = SeedPlanStore.find(draft, BUS);
        assertEquals(text, edited.text());
        assertTrue(edited.revision() > 1, "saved as an edit: revision " + edited.revision());
        assertEquals(bus.text(), SeedPlanStore.find(store.version(1), BUS).text(), "the published text is untouched");
        List<Action> actions = store.auditOf(bus.uid()).stream().map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of(Action.EDIT_CLAUSE, Action.DECIDE_SUGGESTION)), actions.toString());
        assertThrows(ReviewRuleException.class, () -> store.review.reject(DRAFTER, t.id(), "重复"), "decided once");
    }

    @Test
    void aSuggestionOnWordsChangedSinceIsNotAppliedOverThem() {
        CommentThread t = store.review.suggest(REVIEWER, CODE, 1, bus.uid(), "", null, bus.text() + "新增一句。");
        PlanVersion draft = store.authoring.openDraft(DRAFTER2, CODE);
        Clause c = SeedPlanStore.find(draft, BUS);
        store.authoring.editClause(DRAFTER2, CODE, draft.number(), c.uid(), c.revision(), c.heading(), "另一位编制人员的修改。");

        ReviewRuleException e = assertThrows(ReviewRuleException.class, () -> store.review.accept(DRAFTER, t.id()));
        assertTrue(e.getMessage().contains("已被修改"), e.getMessage());
        assertEquals("另一位编制人员的修改。", SeedPlanStore.find(store.authoring.openDraft(DRAFTER, CODE), BUS).text());
        assertEquals(SuggestionState.PENDING, store.reviews.thread(t.id()).orElseThrow().suggestion().state());
    }

    @Test
    void aRejectedSuggestionKeepsTheReasonAndChangesNoText() {
        CommentThread t = store.review.suggest(REVIEWER, CODE, 1, bus.uid(), "", "公共交通体系", bus.text());
        CommentThread rejected = store.review.reject(DRAFTER, t.id(), "标题保持与上位规划一致。");
        assertEquals(SuggestionState.REJECTED, rejected.suggestion().state());
        assertEquals("标题保持与上位规划一致。", rejected.comments().get(1).body());
        assertEquals(1, store.versions().size(), "no draft was opened");
    }

    @Test
    void whoMayDoWhatFollowsThePermissionTable() {
        CommentThread t = store.review.suggest(REVIEWER, CODE, 1, bus.uid(), "", null, bus.text() + "补充。");
        assertThrows(AccessDeniedException.class, () -> store.review.comment(Actor.ANONYMOUS, CODE, 1, bus.uid(), null, "x"));
        assertThrows(AccessDeniedException.class, () -> store.review.comment(ADMIN, CODE, 1, bus.uid(), null, "x"));
        assertThrows(AccessDeniedException.class, () -> store.review.threads(Actor.ANONYMOUS, CODE, bus.uid()));
        assertThrows(AccessDeniedException.class, () -> store.review.accept(REVIEWER, t.id()));
        assertThrows(AccessDeniedException.class, () -> store.review.reject(REVIEWER, t.id(), ""));
        assertThrows(AccessDeniedException.class, () -> store.review.resolve(ADMIN, t.id()));
        assertEquals(SuggestionState.PENDING, store.reviews.thread(t.id()).orElseThrow().suggestion().state());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        Clause freight = SeedPlanStore.find(store.version(1), FREIGHT);
        int length = freight.textLength();
        assertThrows(ReviewRuleException.class,
                () -> store.review.comment(REVIEWER, CODE, 1, freight.uid(), new Span(0, length + 1), "超出范围"));
        assertThrows(ReviewRuleException.class, () -> store.review.comment(REVIEWER, CODE, 1, freight.uid(), null, "  "));
        assertThrows(ReviewRuleException.class,
                () -> store.review.comment(REVIEWER, CODE, 1, freight.uid(), null, "长".repeat(ReviewService.MAX_BODY + 1)));
        assertThrows(ReviewRuleException.class, () -> store.review.comment(REVIEWER, CODE, 1, "nosuchuid", null, "x"));
        assertThrows(ReviewRuleException.class, () -> store.review.comment(REVIEWER, CODE, 99, freight.uid(), null, "x"));
        assertThrows(ReviewRuleException.class,
                () -> store.review.suggest(REVIEWER, CODE, 1, freight.uid(), "", null, freight.text()), "no change");
        assertTrue(store.review.threads(REVIEWER, CODE, freight.uid()).isEmpty());
    }

    @Test
    void twoPeopleChangingOneThreadCannotOverwriteEachOther() {
        CommentThread t = store.review.comment(REVIEWER, CODE, 1, bus.uid(), null, "请核实。");
        CommentThread mine = store.reviews.thread(t.id()).orElseThrow();
        CommentThread theirs = store.reviews.thread(t.id()).orElseThrow();
        theirs.resolve("drafter", java.time.Instant.now());
        store.reviews.save(theirs);
        mine.reply(new org.plantrace.domain.review.Comment(0, "reviewer", java.time.Instant.now(), "补充说明"));
        assertThrows(StaleThreadException.class, () -> store.reviews.save(mine));
        CommentThread stored = store.reviews.thread(t.id()).orElseThrow();
        assertEquals(1, stored.comments().size());
        assertFalse(stored.status() == ThreadStatus.OPEN);
    }
}
