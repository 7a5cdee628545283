package org.plantrace.application.findings;

import org.plantrace.extract.lint.Finding;

/**
 * A finding with the clause it is pinned to, as a page names it.
 *
 * @param clauseUid     the durable id of the clause ({@code /clause/{uid}}), null for a whole-plan finding
 * @param clauseHeading the clause's heading, empty when it has none or the finding is about the whole plan
 */
public record ClauseFinding(Finding finding, String clauseUid, String clauseHeading) {
    /** Where the finding belongs on the page. */
    public enum Group {
        /** An error or warning: something to fix or explain. */
        PROBLEM,
        /** A rule could not check (no layer, no count beside a rate): not the same as consistent. */
        NO_DATA,
        /** Checked and consistent, or a point to look at. */
        NOTE,
        /** A rule's whole-plan summary. */
        SUMMARY
    }

    public Group group() {
        if (finding.summary()) {
            return Group.SUMMARY;
        }
        if (finding.noData()) {
            return Group.NO_DATA;
        }
        return finding.severity() == org.plantrace.extract.lint.Severity.INFO ? Group.NOTE : Group.PROBLEM;
    }
}
