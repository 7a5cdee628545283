package org.plantrace.infrastructure.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.review.Anchor;
import org.plantrace.domain.review.CommentThread;
import org.plantrace.domain.review.Suggestion;
import org.plantrace.domain.review.SuggestionState;
import org.plantrace.domain.review.ThreadStatus;

/**
 * Row of REVIEW_THREAD: a thread's anchor (plan, clause uid, version commented on, optional span
 * and the words it covered), its status, and its suggestion if it has one. Suggestion columns are
 * null for a plain comment: a thread has at most one suggestion, so no table of its own.
 */
@Entity
@Table(name = "REVIEW_THREAD", indexes = @Index(name = "IX_REVIEW_THREAD_CLAUSE", columnList = "PLAN_CODE, CLAUSE_UID"))
public class ReviewThreadEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviewThreadIds")
    @SequenceGenerator(name = "reviewThreadIds", sequenceName = "REVIEW_THREAD_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    @Column(name = "PLAN_CODE", length = 200, nullable = false)
    private String planCode;

    @Column(name = "PLAN_VERSION", nullable = false)
    private int planVersion;

    @Column(name = "CLAUSE_UID", length = 64, nullable = false)
    private String clauseUid;

    @Column(name = "SPAN_START")
    private Integer spanStart;

    @Column(name = "SPAN_END")
    private Integer spanEnd;

    @Lob
    @Column(name = "QUOTE", nullable = false)
    private String quote;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private ThreadStatus status;

    @Column(name = "RESOLVED_BY", length = 200, nullable = false)
    private String resolvedBy;

    @Column(name = "RESOLVED_AT")
    private OffsetDateTime resolvedAt;

    @Column(name = "SUGGESTED_HEADING", length = 10000)
    private String suggestedHeading;

    @Lob
    @Column(name = "SUGGESTED_TEXT")
    private String suggestedText;

    @Column(name = "BASE_HEADING", length = 10000)
    private String baseHeading;

    @Lob
    @Column(name = "BASE_TEXT")
    private String baseText;

    @Enumerated(EnumType.STRING)
    @Column(name = "SUGGESTION_STATE", length = 20)
    private SuggestionState suggestionState;

    @Column(name = "DECIDED_BY", length = 200)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReviewCommentEntity> comments = new ArrayList<>();

    protected ReviewThreadEntity() {
    }

    ReviewThreadEntity(CommentThread thread) {
        planCode = thread.planCode();
        planVersion = thread.version();
        clauseUid = thread.clauseUid();
        Anchor anchor = thread.anchor();
        spanStart = anchor.wholeClause() ? null : anchor.span().start();
        spanEnd = anchor.wholeClause() ? null : anchor.span().end();
        quote = anchor.quote();
        update(thread);
    }

    /** Copies what may change: status, suggestion outcome, and comments not stored yet. */
    void update(CommentThread thread) {
        status = thread.status();
        resolvedBy = thread.resolvedBy();
        resolvedAt = column(thread.resolvedAt());
        Suggestion s = thread.suggestion();
        if (s != null) {
            suggestedHeading = s.heading();
            suggestedText = s.text();
            baseHeading = s.baseHeading();
            baseText = s.baseText();
            suggestionState = s.state();
            decidedBy = s.decidedBy();
            decidedAt = column(s.decidedAt());
        }
        thread.comments().stream().filter(c -> c.id() == 0)
                .forEach(c -> comments.add(new ReviewCommentEntity(this, c)));
    }

    Long id() {
        return id;
    }

    long rowVersion() {
        return rowVersion;
    }

    CommentThread toDomain() {
        Anchor anchor = spanStart == null ? new Anchor(null, quote) : new Anchor(new Span(spanStart, spanEnd), quote);
        Suggestion suggestion = suggestionState == null ? null : new Suggestion(suggestedHeading, suggestedText,
                baseHeading, baseText, suggestionState, decidedBy, instant(decidedAt));
        return new CommentThread(id, rowVersion, planCode, planVersion, clauseUid, anchor,
                comments.stream().map(ReviewCommentEntity::toDomain).toList(), status, resolvedBy,
                instant(resolvedAt), suggestion);
    }

    private static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
