package org.plantrace.transmission.output;

import java.util.Locale;
import java.util.Optional;

/** The files a checklist can be written as, with what a browser needs to know about each. */
public enum ChecklistFormat {
    JSON("json", "application/json"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ChecklistFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** {@code json}, {@code docx} or {@code pdf}, any case; empty for anything else. */
    public static Optional<ChecklistFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ChecklistFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
