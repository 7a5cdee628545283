package org.plantrace.application.authoring;

/**
 * What the versions page shows about a version in review: who last edited it, who approved it
 * (审查通过) since it was submitted ("" when nobody yet), and whether the person asking may approve.
 */
public record ApprovalState(String lastEditor, String approvedBy, boolean askerMayApprove) {
    public boolean approved() {
        return !approvedBy.isEmpty();
    }
}
