package org.plantrace.conformance.output;

import java.util.Locale;
import java.util.Optional;

/** The formats a review is written in. */
public enum ReviewFormat {
    JSON("json"),
    CSV("csv"),
    DOCX("docx"),
    PDF("pdf");

    private final String extension;

    ReviewFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReviewFormat> of(String name) {
        for (ReviewFormat f : values()) {
            if (f.extension.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
