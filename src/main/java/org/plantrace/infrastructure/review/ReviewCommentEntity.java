package org.plantrace.infrastructure.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.plantrace.domain.review.Comment;

/** Row of REVIEW_COMMENT: one message of a thread. Comments are only ever added, never changed. */
@Entity
@Table(name = "REVIEW_COMMENT")
public class ReviewCommentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviewCommentIds")
    @SequenceGenerator(name = "reviewCommentIds", sequenceName = "REVIEW_COMMENT_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "THREAD_ID", nullable = false)
    private ReviewThreadEntity thread;

    @Column(name = "AUTHOR", length = 200, nullable = false)
    private String author;

    @Column(name = "WRITTEN_AT", nullable = false)
    private OffsetDateTime at;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    protected ReviewCommentEntity() {
    }

    ReviewCommentEntity(ReviewThreadEntity thread, Comment comment) {
        this.thread = thread;
        this.author = comment.author();
        this.at = comment.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.body = comment.body();
    }

    Comment toDomain() {
        return new Comment(id, author, at.toInstant(), body);
    }

    Long id() {
        return id;
    }
}
