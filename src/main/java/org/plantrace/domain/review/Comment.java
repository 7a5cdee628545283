package org.plantrace.domain.review;

import java.time.Instant;
import java.util.Objects;

/** One message in a thread: who wrote what, when. {@code id} is 0 until stored. */
public record Comment(long id, String author, Instant at, String body) {
    public Comment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(body, "body");
    }
}
