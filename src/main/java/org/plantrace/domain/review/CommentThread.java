package org.plantrace.domain.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A review thread on one clause of one plan: the opening comment and its replies, whether it is
 * resolved, and, if the opening comment proposed a change, that suggestion and its outcome.
 *
 * <p>{@code version} is the version the thread was opened on; the thread belongs to the clause's
 * durable id and is shown with every version that has the clause. {@code id} is 0 until stored;
 * {@code revision} is the store's optimistic lock.
 */
public final class CommentThread {
    private final long id;
    private final long revision;
    private final String planCode;
    private final int version;
    private final String clauseUid;
    private final Anchor anchor;
    private final List<Comment> comments;
    private ThreadStatus status;
    private String resolvedBy;
    private Instant resolvedAt;
    private Suggestion suggestion;

    public CommentThread(long id, long revision, String planCode, int version, String clauseUid, Anchor anchor,
            List<Comment> comments, ThreadStatus status, String resolvedBy, Instant resolvedAt, Suggestion suggestion) {
        this.id = id;
        this.revision = revision;
        this.planCode = Objects.requireNonNull(planCode, "planCode");
        this.version = version;
        this.clauseUid = Objects.requireNonNull(clauseUid, "clauseUid");
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        if (comments.isEmpty()) {
            throw new IllegalArgumentException("a thread starts with a comment");
        }
        this.comments = new ArrayList<>(comments);
        this.status = Objects.requireNonNull(status, "status");
        this.resolvedBy = resolvedBy == null ? "" : resolvedBy;
        this.resolvedAt = resolvedAt;
        this.suggestion = suggestion;
    }

    /** A new open thread. */
    public static CommentThread open(String planCode, int version, String clauseUid, Anchor anchor, Comment first,
            Suggestion suggestion) {
        return new CommentThread(0, 0, planCode, version, clauseUid, anchor, List.of(first), ThreadStatus.OPEN, "",
                null, suggestion);
    }

    public void reply(Comment comment) {
        comments.add(Objects.requireNonNull(comment));
    }

    public void resolve(String by, Instant at) {
        if (status == ThreadStatus.RESOLVED) {
            throw new ReviewRuleException("该意见已由 " + resolvedBy + " 标记为已解决，无需重复操作。");
        }
        status = ThreadStatus.RESOLVED;
        resolvedBy = by;
        resolvedAt = at;
    }

    public void reopen() {
        if (status == ThreadStatus.OPEN) {
            throw new ReviewRuleException("该意见尚未解决，无需重新打开。");
        }
        status = ThreadStatus.OPEN;
        resolvedBy = "";
        resolvedAt = null;
    }

    /** Records the drafter's decision on the suggestion; an accepted or rejected suggestion also resolves the thread. */
    public void decide(SuggestionState outcome, String by, Instant at) {
        if (suggestion == null) {
            throw new ReviewRuleException("该意见没有修改建议，无法采纳或拒绝。");
        }
        if (!suggestion.pending()) {
            throw new ReviewRuleException("该修改建议已由 " + suggestion.decidedBy() + " 处理（" + suggestion.state().label()
                    + "），不能再次处理。");
        }
        if (outcome == SuggestionState.PENDING) {
            throw new IllegalArgumentException("a decision is accepted or rejected");
        }
        suggestion = suggestion.decided(outcome, by, at);
        if (status == ThreadStatus.OPEN) {
            resolve(by, at);
        }
    }

    public long id() {
        return id;
    }

    public long revision() {
        return revision;
    }

    public String planCode() {
        return planCode;
    }

    public int version() {
        return version;
    }

    public String clauseUid() {
        return clauseUid;
    }

    public Anchor anchor() {
        return anchor;
    }

    /** The opening comment first, then the replies in order. */
    public List<Comment> comments() {
        return Collections.unmodifiableList(comments);
    }

    public Comment opening() {
        return comments.get(0);
    }

    public ThreadStatus status() {
        return status;
    }

    public boolean resolved() {
        return status == ThreadStatus.RESOLVED;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    /** The proposed change, or null for a plain comment. */
    public Suggestion suggestion() {
        return suggestion;
    }
}
