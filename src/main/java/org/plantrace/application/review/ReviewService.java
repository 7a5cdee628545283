package org.plantrace.application.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.plantrace.application.audit.AuditTrail;
import org.plantrace.application.authoring.AuthoringException;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.review.Anchor;
import org.plantrace.domain.review.Comment;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.ReviewRepository;
import org.plantrace.domain.review.ReviewRuleException;
import org.plantrace.domain.review.StaleThreadException;
import org.plantrace.domain.review.Suggestion;
import org.plantrace.domain.review.SuggestionState;

/**
 * Review threads on clauses. A thread is opened on a clause of a given version (read through
 * {@link AuthoringService}, so drafts stay hidden from those who may not see them) and belongs to
 * the clause's durable id from then on. Refusals are {@link ReviewRuleException}s with a Chinese
 * message; nothing is stored then.
 */
@ApplicationScoped
public class ReviewService {
    /** A comment is a note, not a document: longer input is refused with a message. */
    public static final int MAX_BODY = 4000;

    private ReviewRepository threads;
    private AuthoringService authoring;
    private AuditTrail audit;
    private Clock clock;

    /** For CDI's client proxy only. */
    protected ReviewService() {
    }

    @Inject
    public ReviewService(ReviewRepository threads, AuthoringService authoring, AuditTrail audit) {
        this(threads, authoring, audit, Clock.systemUTC());
    }

    public ReviewService(ReviewRepository threads, AuthoringService authoring, AuditTrail audit, Clock clock) {
        this.threads = Objects.requireNonNull(threads);
        this.authoring = Objects.requireNonNull(authoring);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The threads on a clause, across all versions, oldest first. Needs {@code VIEW_DRAFT}. */
    public List<CommentThread> threads(Actor actor, String planCode, String uid) {
        Permissions.standard().require(actor, Action.VIEW_DRAFT);
        return threads.threads(planCode, uid);
    }

    /** How many threads on the plan are open. Needs {@code VIEW_DRAFT}. */
    public long openCount(Actor actor, String planCode) {
        Permissions.standard().require(actor, Action.VIEW_DRAFT);
        return threads.openCount(planCode);
    }

    /**
     * Opens a thread on the clause, or on the span [start, end) of its text when {@code span} is
     * not null. Needs {@code COMMENT}.
     */
    public CommentThread comment(Actor actor, String planCode, int version, String uid, Span span, String body) {
        Permissions.standard().require(actor, Action.COMMENT);
        Clause clause = clause(actor, planCode, version, uid);
        Anchor anchor = anchor(clause, span);
        CommentThread stored = threads.save(CommentThread.open(planCode, version, uid, anchor,
                new Comment(0, actor.username(), clock.instant(), body(body)), null));
        audit.record(actor, Action.COMMENT, anchor.wholeClause() ? "审查意见" : "审查意见（针对“" + shorten(anchor.quote()) + "”）",
                planCode, version, uid, "", stored.opening().body());
        return stored;
    }

    /**
     * Opens a thread that proposes a new heading and text for the clause, with a note saying why.
     * Needs {@code COMMENT}.
     */
    public CommentThread suggest(Actor actor, String planCode, int version, String uid, String body,
            String heading, String text) {
        Permissions.standard().require(actor, Action.COMMENT);
        Clause clause = clause(actor, planCode, version, uid);
        String newHeading = heading == null ? clause.heading() : heading.strip();
        String newText = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (newHeading.length() > AuthoringService.MAX_HEADING || newText.length() > AuthoringService.MAX_TEXT) {
            throw new ReviewRuleException(Message.of("review.suggestion.tooLong", AuthoringService.MAX_HEADING, AuthoringService.MAX_TEXT));
        }
        if (newHeading.equals(clause.heading()) && newText.equals(clause.text())) {
            throw new ReviewRuleException(Message.of("review.suggestion.same"));
        }
        String note = body == null || body.isBlank() ? "建议修改本条款。" : body;
        CommentThread stored = threads.save(CommentThread.open(planCode, version, uid, Anchor.WHOLE_CLAUSE,
                new Comment(0, actor.username(), clock.instant(), body(note)),
                Suggestion.proposed(newHeading, newText, clause.heading(), clause.text())));
        audit.record(actor, Action.COMMENT, "提出修改建议", planCode, version, uid,
                clause.heading() + "\n" + clause.text(), newHeading + "\n" + newText);
        return stored;
    }

    /** Adds a reply to a thread, open or resolved. Needs {@code COMMENT}. */
    public CommentThread reply(Actor actor, long threadId, String body) {
        Permissions.standard().require(actor, Action.COMMENT);
        CommentThread thread = existing(threadId);
        Comment reply = new Comment(0, actor.username(), clock.instant(), body(body));
        thread.reply(reply);
        CommentThread stored = threads.save(thread);
        audit.record(actor, Action.COMMENT, "回复审查意见 #" + threadId, thread.planCode(), thread.version(),
                thread.clauseUid(), "", reply.body());
        return stored;
    }

    /** Marks a thread resolved. Needs {@code RESOLVE_COMMENT}. */
    public CommentThread resolve(Actor actor, long threadId) {
        Permissions.standard().require(actor, Action.RESOLVE_COMMENT);
        CommentThread thread = existing(threadId);
        thread.resolve(actor.username(), clock.instant());
        CommentThread stored = threads.save(thread);
        audit.record(actor, Action.RESOLVE_COMMENT, "意见 #" + threadId + " 标记为已解决", thread.planCode(),
                thread.version(), thread.clauseUid(), "未解决", "已解决");
        return stored;
    }

    /** Opens a resolved thread again. Needs {@code RESOLVE_COMMENT}. */
    public CommentThread reopen(Actor actor, long threadId) {
        Permissions.standard().require(actor, Action.RESOLVE_COMMENT);
        CommentThread thread = existing(threadId);
        thread.reopen();
        CommentThread stored = threads.save(thread);
        audit.record(actor, Action.RESOLVE_COMMENT, "意见 #" + threadId + " 重新打开", thread.planCode(),
                thread.version(), thread.clauseUid(), "已解决", "未解决");
        return stored;
    }

    /**
     * Accepts the thread's suggestion: the plan's draft (opened if there is none) gets the
     * suggested heading and text through {@link AuthoringService#editClause} against the clause's
     * current revision, and the thread is resolved. Refused, with nothing changed, when the
     * clause's words changed after the suggestion was made: the drafter then compares and edits
     * by hand. Needs {@code DECIDE_SUGGESTION} (and the drafter's {@code EDIT_CLAUSE}).
     */
    public CommentThread accept(Actor actor, long threadId) {
        Permissions.standard().require(actor, Action.DECIDE_SUGGESTION);
        CommentThread thread = pendingSuggestion(threadId);
        Suggestion s = thread.suggestion();
        PlanVersion draft = authoring.openDraft(actor, thread.planCode());
        List<Clause> path = ClauseTree.pathTo(draft.clauses(), thread.clauseUid());
        if (path.isEmpty()) {
            throw new ReviewRuleException(Message.of("review.accept.gone"));
        }
        Clause current = path.get(path.size() - 1);
        if (!current.heading().equals(s.baseHeading()) || !current.text().equals(s.baseText())) {
            throw new ReviewRuleException(Message.of("review.accept.changed"));
        }
        try {
            authoring.editClause(actor, thread.planCode(), draft.number(), thread.clauseUid(), current.revision(),
                    s.heading(), s.text());
        } catch (AuthoringException e) {
            throw new ReviewRuleException(Message.of("review.accept.failed", e.explanation()));
        }
        CommentThread stored = decide(actor, thread, SuggestionState.ACCEPTED);
        audit.record(actor, Action.DECIDE_SUGGESTION, "采纳修改建议 #" + threadId + "（写入第 " + draft.number() + " 版草案）",
                thread.planCode(), draft.number(), thread.clauseUid(), SuggestionState.PENDING.label(),
                SuggestionState.ACCEPTED.label());
        return stored;
    }

    /** Rejects the thread's suggestion, with an optional reply saying why. Needs {@code DECIDE_SUGGESTION}. */
    public CommentThread reject(Actor actor, long threadId, String reason) {
        Permissions.standard().require(actor, Action.DECIDE_SUGGESTION);
        CommentThread thread = pendingSuggestion(threadId);
        if (reason != null && !reason.isBlank()) {
            thread.reply(new Comment(0, actor.username(), clock.instant(), body(reason)));
        }
        CommentThread stored = decide(actor, thread, SuggestionState.REJECTED);
        audit.record(actor, Action.DECIDE_SUGGESTION, "不采纳修改建议 #" + threadId, thread.planCode(),
                thread.version(), thread.clauseUid(), SuggestionState.PENDING.label(), SuggestionState.REJECTED.label());
        return stored;
    }

    /**
     * Records the decision. The draft may already carry an accepted text, so a thread changed by
     * someone else meanwhile is read again and decided once more rather than left pending.
     */
    private CommentThread decide(Actor actor, CommentThread thread, SuggestionState outcome) {
        thread.decide(outcome, actor.username(), clock.instant());
        try {
            return threads.save(thread);
        } catch (StaleThreadException e) {
            CommentThread again = existing(thread.id());
            if (again.suggestion() != null && again.suggestion().pending()) {
                again.decide(outcome, actor.username(), clock.instant());
                return threads.save(again);
            }
            throw e;
        }
    }

    private CommentThread pendingSuggestion(long threadId) {
        CommentThread thread = existing(threadId);
        if (thread.suggestion() == null) {
            throw new ReviewRuleException(Message.of("review.noSuggestion", threadId));
        }
        if (!thread.suggestion().pending()) {
            throw new ReviewRuleException(Message.of("review.decided", threadId, thread.suggestion().decidedBy(), thread.suggestion().state()));
        }
        return thread;
    }

    private CommentThread existing(long threadId) {
        return threads.thread(threadId).orElseThrow(() -> new ReviewRuleException(Message.of("review.noThread", threadId)));
    }

    private Clause clause(Actor actor, String planCode, int version, String uid) {
        return authoring.clause(actor, planCode, version, uid).orElseThrow(() -> new ReviewRuleException(Message.of("review.noClause", planCode, version, uid)));
    }

    private static Anchor anchor(Clause clause, Span span) {
        if (span == null) {
            return Anchor.WHOLE_CLAUSE;
        }
        if (span.end() > clause.textLength() || span.length() == 0) {
            throw new ReviewRuleException(Message.of("review.badSpan", span.start(), span.end(), clause.textLength()));
        }
        return new Anchor(span, clause.text().substring(span.start(), span.end()));
    }

    private static String body(String body) {
        String b = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (b.isEmpty()) {
            throw new ReviewRuleException(Message.of("review.emptyBody"));
        }
        if (b.length() > MAX_BODY) {
            throw new ReviewRuleException(Message.of("review.bodyTooLong", b.length(), MAX_BODY));
        }
        return b;
    }

    private static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
