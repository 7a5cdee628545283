package org.plantrace.extract.lint;

/** How much a finding matters to the drafter: an error is a contradiction, info a thing to look at. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The JSON / CLI spelling: {@code error}, {@code warning}, {@code info}. */
    public String jsonName() {
        return name().toLowerCase();
    }
}
