package org.plantrace.extract.entity;

import java.util.Objects;
import org.plantrace.domain.clause.Span;

/**
 * An entity named in a clause: the text as written ({@code 东方城乡}), the entity it resolves to
 * ({@code 东坊城乡}), how it is spelled there, and where: {@code [start,end)} into the clause's
 * heading or its own body text ({@link Field}).
 */
public record Mention(Entity entity, String text, VariantKind kind, Field field, int start, int end) {
    /** Which string of the clause the span indexes into. */
    public enum Field {
        HEADING,
        TEXT;

        public String jsonName() {
            return name().toLowerCase();
        }
    }

    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad mention span [" + start + "," + end + ") for " + text);
        }
    }

    public Span span() {
        return new Span(start, end);
    }

    Mention in(Field other) {
        return new Mention(entity, text, kind, other, start, end);
    }
}
