package org.plantrace.application.authoring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.application.authoring.AuthoringFixture.find;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.audit.AuditQuery;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.identity.Forests;

/**
 * Every authoring and audit use case, called by every kind of person: the public, an admin, a
 * drafter, a reviewer. Whether each call must pass or be refused is read from permissions.tsv
 * itself, not from {@link Permissions}, so the table a reader sees is the one under test. A refused
 * call must throw {@link AccessDeniedException} (the web answers 403) and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthoringPermissionsTest {
    static final Map<String, Actor> ACTORS = Map.of(
            "public", Actor.ANONYMOUS,
            "admin", Actor.of("admin", Role.ADMIN),
            "drafter", Actor.of("drafter", Role.DRAFTER),
            "reviewer", Actor.of("reviewer", Role.REVIEWER));

    AuthoringFixture f;
    final AtomicInteger plans = new AtomicInteger();

    /** The state a plan must be in for the call to make sense when allowed. */
    enum State { PUBLISHED, DRAFT, IN_REVIEW, APPROVED }

    interface Call {
        void run(AuthoringFixture f, Actor actor, String code, PlanVersion current);
    }

    record Operation(String name, Action action, State state, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Operation> OPERATIONS = List.of(
            new Operation("openDraft", Action.EDIT_CLAUSE, State.PUBLISHED,
                    (f, a, code, v) -> f.service.openDraft(a, code)),
            new Operation("editClause", Action.EDIT_CLAUSE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "规划目的");
                f.service.editClause(a, code, v.number(), c.uid(), c.revision(), "规划目的", "改写。");
            }),
            new Operation("setMandatorySpans", Action.EDIT_CLAUSE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "规划目的");
                f.service.setMandatorySpans(a, code, v.number(), c.uid(), c.revision(), List.of(new Span(0, 4)));
            }),
            new Operation("markMandatory", Action.EDIT_CLAUSE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "规划目的");
                f.service.markMandatory(a, code, v.number(), c.uid(), c.revision(), new Span(0, 4));
            }),
            new Operation("unmarkMandatory", Action.EDIT_CLAUSE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "划定生态保护红线");
                f.service.unmarkMandatory(a, code, v.number(), c.uid(), c.revision(), new Span(0, 4));
            }),
            new Operation("clearMandatory", Action.EDIT_CLAUSE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "划定生态保护红线");
                f.service.clearMandatory(a, code, v.number(), c.uid(), c.revision());
            }),
            new Operation("insertClause", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) ->
                    f.service.insertClause(a, code, v.number(), find(v, "规划目的").uid(), Placement.AFTER,
                            ClauseKind.ARTICLE, "新条", "新条文本。")),
            new Operation("moveClause", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) ->
                    f.service.moveClause(a, code, v.number(), find(v, "规划目的").uid(), find(v, "规划范围").uid(),
                            Placement.AFTER)),
            new Operation("moveDown", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) ->
                    f.service.moveDown(a, code, v.number(), find(v, "规划目的").uid())),
            new Operation("moveUp", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) ->
                    f.service.moveUp(a, code, v.number(), find(v, "规划范围").uid())),
            new Operation("deleteClause", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "规划目的");
                f.service.deleteClause(a, code, v.number(), c.uid(), c.revision());
            }),
            new Operation("split", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "规划目的");
                f.service.split(a, code, v.number(), c.uid(), c.revision(), 5);
            }),
            new Operation("merge", Action.RESTRUCTURE, State.DRAFT, (f, a, code, v) -> {
                Clause c = find(v, "规划目的");
                f.service.merge(a, code, v.number(), c.uid(), c.revision());
            }),
            new Operation("submitForReview", Action.SUBMIT_FOR_REVIEW, State.DRAFT,
                    (f, a, code, v) -> f.service.submitForReview(a, code, v.number())),
            new Operation("withdraw", Action.SUBMIT_FOR_REVIEW, State.IN_REVIEW,
                    (f, a, code, v) -> f.service.withdraw(a, code, v.number())),
            new Operation("approve", Action.APPROVE_VERSION, State.IN_REVIEW,
                    (f, a, code, v) -> f.service.approve(a, code, v.number())),
            // four eyes: a reviewer approved it, so that only the PUBLISH permission decides
            new Operation("publish", Action.PUBLISH, State.APPROVED,
                    (f, a, code, v) -> f.service.publish(a, code, v.number())),
            new Operation("restoreAsDraft", Action.RESTORE_VERSION, State.PUBLISHED,
                    (f, a, code, v) -> f.service.restoreAsDraft(a, code, 1)),
            new Operation("storeDraft", Action.UPLOAD_VERSION, State.PUBLISHED,
                    (f, a, code, v) -> f.service.storeDraft(a, code, Forests.countyPlan(), "upload.txt")),
            new Operation("workingVersion", Action.VIEW_DRAFT, State.DRAFT,
                    (f, a, code, v) -> f.service.workingVersion(a, code)),
            new Operation("versions", Action.VIEW_PUBLISHED, State.PUBLISHED,
                    (f, a, code, v) -> f.service.versions(a, code)),
            new Operation("version", Action.VIEW_PUBLISHED, State.PUBLISHED,
                    (f, a, code, v) -> f.service.version(a, code, 1)),
            new Operation("auditEntries", Action.VIEW_AUDIT, State.DRAFT,
                    (f, a, code, v) -> f.audit.entries(a, AuditQuery.plan(code, 10))),
            new Operation("auditForClause", Action.VIEW_AUDIT, State.DRAFT,
                    (f, a, code, v) -> f.audit.forClause(a, code, find(v, "规划目的").uid())),
            new Operation("auditRecordComment", Action.COMMENT, State.DRAFT,
                    (f, a, code, v) -> f.audit.record(a, Action.COMMENT, code, v.number(), "", "", "意见")));

    @BeforeAll
    void open(@TempDir Path dir) {
        f = new AuthoringFixture(dir);
    }

    @AfterAll
    void close() {
        f.close();
    }

    /** Roles per action as permissions.tsv writes them; "PUBLIC" for everyone. */
    static Map<Action, Set<String>> table() throws IOException {
        Map<Action, Set<String>> table = new HashMap<>();
        try (InputStream in = Permissions.class.getResourceAsStream("permissions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s+");
                table.put(Action.valueOf(cells[0]), Set.of(cells).stream().skip(0)
                        .filter(c -> !c.equals(cells[0])).collect(java.util.stream.Collectors.toSet()));
            }
        }
        return table;
    }

    static boolean allowedByTable(Action action, Actor actor) throws IOException {
        Set<String> cells = table().get(action);
        return cells.contains("PUBLIC") || actor.roles().stream().anyMatch(r -> cells.contains(r.name()));
    }

    Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Operation op : OPERATIONS) {
            for (String who : List.of("public", "admin", "drafter", "reviewer")) {
                out.add(Arguments.of(op, who));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachUseCaseIsAllowedOrRefusedAsThePermissionTableSays(Operation op, String who) throws IOException {
        Actor actor = ACTORS.get(who);
        String code = "plan-" + plans.incrementAndGet();
        PlanVersion current = prepare(code, op.state());
        long auditBefore = f.auditCount(code);
        List<Integer> versionsBefore = numbersAndStatuses(code);
        String textBefore = snapshot(code);

        if (allowedByTable(op.action(), actor)) {
            assertDoesNotThrow(() -> op.call().run(f, actor, code, current), op + " as " + who);
        } else {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                    () -> op.call().run(f, actor, code, current), op + " as " + who);
            assertEquals(op.action(), refused.action());
            assertEquals(auditBefore, f.auditCount(code), "a refused call records nothing");
            assertEquals(versionsBefore, numbersAndStatuses(code), "a refused call changes no version");
            assertEquals(textBefore, snapshot(code), "a refused call changes no text");
        }
    }

    @Test
    void everyActionAuthoringTakesIsCoveredAndTheTableAgreesWithPermissions() throws IOException {
        Set<Action> covered = EnumSet.noneOf(Action.class);
        OPERATIONS.forEach(op -> covered.add(op.action()));
        assertTrue(covered.containsAll(EnumSet.of(Action.VIEW_PUBLISHED, Action.VIEW_DRAFT, Action.EDIT_CLAUSE,
                Action.RESTRUCTURE, Action.UPLOAD_VERSION, Action.SUBMIT_FOR_REVIEW, Action.PUBLISH,
                Action.RESTORE_VERSION, Action.VIEW_AUDIT)), covered.toString());
        for (Action action : Action.values()) {
            for (Actor actor : ACTORS.values()) {
                assertEquals(allowedByTable(action, actor), Permissions.standard().allows(actor, action),
                        action + " for " + actor);
            }
        }
    }

    private PlanVersion prepare(String code, State state) {
        PlanVersion v1 = f.publishedPlan(code);
        if (state == State.PUBLISHED) {
            return v1;
        }
        PlanVersion draft = f.service.openDraft(AuthoringFixture.DRAFTER, code);
        if (state == State.IN_REVIEW) {
            return f.service.submitForReview(AuthoringFixture.DRAFTER, code, draft.number());
        }
        if (state == State.APPROVED) {
            f.service.submitForReview(AuthoringFixture.DRAFTER, code, draft.number());
            return f.service.approve(AuthoringFixture.REVIEWER, code, draft.number());
        }
        return draft;
    }

    private List<Integer> numbersAndStatuses(String code) {
        return f.writer.versionList(code).stream().map(v -> v.number() * 10 + v.status().ordinal()).toList();
    }

    private String snapshot(String code) {
        StringBuilder sb = new StringBuilder();
        for (PlanVersion v : f.writer.versionList(code)) {
            PlanVersion full = f.stored(code, v.number());
            sb.append(v.number()).append(AuditText.text(full.clauses()));
        }
        return sb.toString();
    }

    static {
        // the in-review state is reached through the service itself; make sure the enum names line up
        assertEquals(VersionStatus.IN_REVIEW.name(), State.IN_REVIEW.name());
    }
}
