package org.plantrace.application.authoring;

/** Where a clause goes relative to an anchor clause when it is inserted or moved. */
public enum Placement {
    /** Just before the anchor, as its sibling. */
    BEFORE,
    /** Just after the anchor (after the anchor's sub-clauses), as its sibling. */
    AFTER,
    /** The anchor's first sub-clause. */
    FIRST_CHILD,
    /** The anchor's last sub-clause. */
    LAST_CHILD
}
