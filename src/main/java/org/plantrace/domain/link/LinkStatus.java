package org.plantrace.domain.link;

/**
 * Where a link stands. Extraction suggests; a drafter accepts, rejects, edits a suggestion or adds a
 * link of their own. Every status but {@link #REJECTED} counts: an unreviewed suggestion is still the
 * best reading of the text, and a plan of a thousand clauses is never reviewed link by link.
 */
public enum LinkStatus {
    SUGGESTED("系统识别"),
    ACCEPTED("已确认"),
    REJECTED("已否决"),
    EDITED("已修改"),
    ADDED("人工添加");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the link is one of the clause's effective links (everything but a rejection). */
    public boolean effective() {
        return this != REJECTED;
    }

    /** A drafter's word, which re-deriving the clause keeps as long as its text still matches. */
    public boolean decided() {
        return this != SUGGESTED;
    }
}
