package org.plantrace.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.application.authoring.AuthoringFixture.DRAFTER;
import static org.plantrace.application.authoring.AuthoringFixture.REVIEWER;
import static org.plantrace.application.authoring.AuthoringFixture.byUid;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;

/** Issue #13 item 5: a drafter changes a clause's level (indent / outdent); durable ids are kept. */
class ClauseLevelsTest {
    private static final String CODE = "levels";
    @TempDir
    Path dir;
    private AuthoringFixture f;
    private int v;

    @BeforeEach
    void setUp() {
        f = new AuthoringFixture(dir);
        f.publishedPlan(CODE);
        v = f.service.openDraft(DRAFTER, CODE).number();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Two consecutive sibling articles, the second without sub-clauses of a deeper kind than items. */
    private Clause[] siblingArticles(PlanVersion version) {
        for (Clause c : ClauseTree.flatten(version.clauses())) {
            List<Clause> kids = c.children();
            for (int i = 1; i < kids.size(); i++) {
                if (kids.get(i - 1).kind() == ClauseKind.ARTICLE && kids.get(i).kind() == ClauseKind.ARTICLE) {
                    return new Clause[] {kids.get(i - 1), kids.get(i)};
                }
            }
        }
        throw new AssertionError("no two sibling articles in the fixture");
    }

    @Test
    void indentMakesAnArticleAnItemOfThePreviousArticleAndOutdentUndoesIt() {
        Clause[] pair = siblingArticles(f.stored(CODE, v));
        String uid = pair[1].uid();

        f.service.indent(DRAFTER, CODE, v, uid);
        PlanVersion indented = f.stored(CODE, v);
        Clause moved = byUid(indented, uid);
        assertEquals(ClauseKind.ITEM, moved.kind(), "one level deeper");
        List<Clause> path = ClauseTree.pathTo(indented.clauses(), uid);
        assertEquals(pair[0].uid(), path.get(path.size() - 2).uid(), "under the previous article");

        f.service.outdent(DRAFTER, CODE, v, uid);
        PlanVersion back = f.stored(CODE, v);
        assertEquals(ClauseKind.ARTICLE, byUid(back, uid).kind());
        List<Clause> backPath = ClauseTree.pathTo(back.clauses(), uid);
        assertEquals(ClauseTree.pathTo(back.clauses(), pair[0].uid()).size(), backPath.size(), "a sibling again");
        assertTrue(f.auditCount(CODE) >= 3, "both changes are audited");
    }

    @Test
    void aTopClauseCannotBeOutdentedNorTheFirstIndentedAndReviewersMayDoNeither() {
        Clause first = f.stored(CODE, v).clauses().get(0);
        assertThrows(AuthoringException.class, () -> f.service.outdent(DRAFTER, CODE, v, first.uid()));
        assertThrows(AuthoringException.class, () -> f.service.indent(DRAFTER, CODE, v, first.uid()));
        assertThrows(AccessDeniedException.class, () -> f.service.indent(REVIEWER, CODE, v, siblingArticles(f.stored(CODE, v))[1].uid()));
    }
}
