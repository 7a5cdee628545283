package org.plantrace.domain.link;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of one clause of one plan version.
 *
 * @param id        the store's id, null until stored
 * @param clauseUid the clause's durable id
 * @param origin    the key of the suggestion this link stems from ({@link LinkTarget#key()}), kept
 *                  through an edit so that re-deriving finds the decision again; null for a link a
 *                  drafter added
 * @param decidedBy who decided (the username; {@link #EXTRACTION} for a suggestion)
 * @param decidedAt when the link got its status
 */
public record Link(Long id, String plan, int version, String clauseUid, LinkTarget target, Anchor anchor,
        String origin, LinkStatus status, String decidedBy, Instant decidedAt) {
    /** Who suggests: the extraction rules, not a person. */
    public static final String EXTRACTION = "system";

    public Link {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(clauseUid, "clauseUid");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        decidedBy = decidedBy == null ? "" : decidedBy;
        if (status == LinkStatus.ADDED ? origin != null : origin == null) {
            throw new IllegalArgumentException("an added link has no origin, every other link has one: " + target.key());
        }
    }

    /** A fresh suggestion of extraction. */
    public static Link suggested(String plan, int version, String clauseUid, LinkTarget target, Anchor anchor,
            Instant at) {
        return new Link(null, plan, version, clauseUid, target, anchor, target.key(), LinkStatus.SUGGESTED,
                EXTRACTION, at);
    }

    public LinkType type() {
        return target.type();
    }

    public boolean effective() {
        return status.effective();
    }

    /** The same link with a drafter's decision. */
    public Link decided(LinkStatus newStatus, LinkTarget newTarget, String by, Instant at) {
        return new Link(id, plan, version, clauseUid, newTarget, anchor, origin, newStatus, by, at);
    }

    /** The same decision moved to another version, clause position or store id. */
    public Link at(Long newId, int newVersion, Anchor newAnchor) {
        return new Link(newId, plan, newVersion, clauseUid, target, newAnchor, origin, status, decidedBy, decidedAt);
    }

    /** Equal apart from the store id: used to tell whether re-deriving changed anything. */
    public boolean sameAs(Link o) {
        return plan.equals(o.plan) && version == o.version && clauseUid.equals(o.clauseUid)
                && target.equals(o.target) && anchor.equals(o.anchor) && Objects.equals(origin, o.origin)
                && status == o.status && decidedBy.equals(o.decidedBy);
    }
}
