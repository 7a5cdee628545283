package org.plantrace.transmission;

/**
 * A county clause an item comes from: its path id, durable id and heading, a fingerprint of its
 * text, so that a later regeneration can tell whether the source changed (a suspect link), and its
 * citation as planners write it (第十六条 划定城镇开发边界（第三章第一节）, issue #14.1); the path id is
 * for machines, the citation for people.
 */
public record SourceClause(String id, String uid, String heading, String fingerprint, String citation) {
    public SourceClause {
        citation = citation == null ? "" : citation;
    }

    public SourceClause(String id, String uid, String heading, String fingerprint) {
        this(id, uid, heading, fingerprint, "");
    }
}
