package org.plantrace.search;

/**
 * Who is searching. Until sign-in exists (the authoring issue) callers pass it; the search layer
 * enforces what each role may see.
 */
public enum ViewerRole {
    /** Anonymous visitors: published versions only, by default each plan's latest published one. */
    PUBLIC,
    /** Writes plans: may search drafts; by default each plan's latest version, draft or published. */
    DRAFTER,
    /** Checks plans: sees what drafters see. */
    REVIEWER;

    public boolean mayReadDrafts() {
        return this != PUBLIC;
    }
}
