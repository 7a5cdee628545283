package org.plantrace.domain.plan;

/** A draft is seen by drafters and reviewers only; a published version is seen by everyone. */
public enum VersionStatus {
    DRAFT("草案"),
    PUBLISHED("已发布");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
