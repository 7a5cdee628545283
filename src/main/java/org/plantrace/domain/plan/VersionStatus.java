package org.plantrace.domain.plan;

/**
 * The life cycle of a version: draft → in review → published, and superseded once a newer version
 * is published. Drafts and versions in review are seen by signed-in drafters, reviewers and admins
 * only; the public sees the published version; a superseded version stays citable for the record.
 */
public enum VersionStatus {
    DRAFT("草案"),
    IN_REVIEW("审查中"),
    PUBLISHED("已发布"),
    SUPERSEDED("已被替代");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether anyone may read a version in this state: published, and superseded (kept citable
     * for the record). Drafts and versions in review need {@code VIEW_DRAFT}.
     */
    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    /** Only the draft is edited; a version in review goes back to draft to be changed. */
    public boolean editable() {
        return this == DRAFT;
    }
}
