package org.plantrace.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.application.authoring.AuthoringFixture.ADMIN;
import static org.plantrace.application.authoring.AuthoringFixture.DRAFTER;
import static org.plantrace.application.authoring.AuthoringFixture.REVIEWER;
import static org.plantrace.application.authoring.AuthoringFixture.find;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.audit.AuditEntry;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.VersionStatus;

/** Issue #14.6: publishing needs an approval by someone other than the version's last editor. */
class FourEyesPublishingTest {
    private static final String CODE = "four-eyes";
    /** One person who both drafts and reviews: the case the rule exists for. */
    private static final Actor DRAFTING_REVIEWER = Actor.of("both", Role.DRAFTER, Role.REVIEWER);

    @TempDir
    Path dir;
    private AuthoringFixture f;
    private AuthoringService service;

    @BeforeEach
    void setUp() {
        f = new AuthoringFixture(dir);
        service = f.service;
        f.publishedPlan(CODE);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private int editedAndSubmitted(Actor editor) {
        int v = service.openDraft(editor, CODE).number();
        Clause purpose = find(f.stored(CODE, v), "规划目的");
        service.editClause(editor, CODE, v, purpose.uid(), purpose.revision(), "规划目的", "由 " + editor.username() + " 修改。");
        service.submitForReview(editor, CODE, v);
        return v;
    }

    @Test
    void aDrafterCannotPublishTheirOwnChangeUntilSomeoneElseApproves() {
        int v = editedAndSubmitted(DRAFTER);

        AuthoringException refused = assertThrows(AuthoringException.class, () -> service.publish(DRAFTER, CODE, v));
        assertTrue(refused.getMessage().contains("尚未审查通过"), refused.getMessage());
        assertEquals(VersionStatus.IN_REVIEW, f.stored(CODE, v).status());

        service.approve(REVIEWER, CODE, v);
        ApprovalState state = service.approvalState(DRAFTER, CODE, v);
        assertEquals("drafter", state.lastEditor());
        assertEquals("reviewer", state.approvedBy());

        assertEquals(VersionStatus.PUBLISHED, service.publish(DRAFTER, CODE, v).status());
        List<AuditEntry> trail = f.audit.entries(ADMIN, AuditQuery.plan(CODE, 100));
        assertTrue(trail.stream().anyMatch(e -> e.action() == Action.APPROVE_VERSION && e.username().equals("reviewer")
                && e.version() == v), "the approval is in the audit trail");
    }

    @Test
    void theLastEditorCannotApproveTheirOwnChangeEvenWithTheReviewerRole() {
        int v = editedAndSubmitted(DRAFTING_REVIEWER);

        assertFalse(service.approvalState(DRAFTING_REVIEWER, CODE, v).askerMayApprove());
        AuthoringException refused = assertThrows(AuthoringException.class,
                () -> service.approve(DRAFTING_REVIEWER, CODE, v));
        assertTrue(refused.getMessage().contains("最后编辑者"), refused.getMessage());
        assertThrows(AuthoringException.class, () -> service.publish(DRAFTING_REVIEWER, CODE, v));

        service.approve(REVIEWER, CODE, v);
        assertEquals(VersionStatus.PUBLISHED, service.publish(DRAFTING_REVIEWER, CODE, v).status());
    }

    @Test
    void withdrawingToDraftVoidsTheApproval() {
        int v = editedAndSubmitted(DRAFTER);
        service.approve(REVIEWER, CODE, v);
        service.withdraw(DRAFTER, CODE, v);
        Clause purpose = find(f.stored(CODE, v), "规划目的");
        service.editClause(DRAFTER, CODE, v, purpose.uid(), purpose.revision(), "规划目的", "审查通过后又改了。");
        service.submitForReview(DRAFTER, CODE, v);

        assertFalse(service.approvalState(DRAFTER, CODE, v).approved());
        assertThrows(AuthoringException.class, () -> service.publish(DRAFTER, CODE, v));
    }

    @Test
    void anAdminWhoDidNotEditApprovesByPublishingAndTheTrailSaysSo() {
        int v = editedAndSubmitted(DRAFTER);

        assertEquals(VersionStatus.PUBLISHED, service.publish(ADMIN, CODE, v).status());

        assertTrue(f.audit.entries(ADMIN, AuditQuery.plan(CODE, 100)).stream()
                .anyMatch(e -> e.action() == Action.APPROVE_VERSION && e.username().equals("admin")
                        && e.after().contains("发布时审查通过")));
    }

    @Test
    void onlyAVersionInReviewCanBeApproved() {
        int v = service.openDraft(DRAFTER, CODE).number();
        assertThrows(AuthoringException.class, () -> service.approve(REVIEWER, CODE, v));
    }
}
