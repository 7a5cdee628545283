package org.plantrace.extract.entity;

import java.util.Objects;

/** Another spelling of an entity's name, and what kind of spelling it is. */
public record Variant(String text, VariantKind kind) {
    public Variant {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty variant");
        }
    }
}
