package org.plantrace.domain.conformance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.plantrace.conformance.Review;

/**
 * The reviewer's overall conclusion of a review, one of {@link #OPTIONS}, with an optional note.
 * The engine only suggests one ({@link ConformanceRecord#suggested()}); this is the reviewer's.
 */
public record Conclusion(String value, String note, String by, Instant at) {
    /** The three conclusions a 审查意见书 may reach, in the order reviewers read them. */
    public static final List<String> OPTIONS = List.of(Review.PASS, Review.PASS_AFTER_REVISION, Review.REJECT);

    public Conclusion {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (!OPTIONS.contains(value)) {
            throw new IllegalArgumentException("not a conclusion: " + value);
        }
        note = note == null ? "" : note;
    }
}
