package org.plantrace.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every role/action pair of the enforced permission table against an expectation written
 * separately from the issue's role descriptions (expected-permissions.tsv next to this test).
 */
class PermissionTableTest {
    /** The columns of the expectation file: the anonymous public, then each role alone. */
    private static final List<Actor> COLUMNS = List.of(Actor.ANONYMOUS, Actor.of("a", Role.ADMIN),
            Actor.of("d", Role.DRAFTER), Actor.of("r", Role.REVIEWER));

    @TestFactory
    Stream<DynamicTest> everyCellMatchesTheExpectation() throws IOException {
        Map<Action, boolean[]> expected = expected();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<Action, boolean[]> row : expected.entrySet()) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Actor actor = COLUMNS.get(i);
                boolean may = row.getValue()[i];
                String who = actor.anonymous() ? "PUBLIC" : actor.roles().iterator().next().name();
                tests.add(DynamicTest.dynamicTest(row.getKey() + " " + who + " " + (may ? "allowed" : "refused"), () -> {
                    assertEquals(may, Permissions.standard().allows(actor, row.getKey()));
                    if (may) {
                        Permissions.standard().require(actor, row.getKey());
                    } else {
                        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                                () -> Permissions.standard().require(actor, row.getKey()));
                        assertEquals(row.getKey(), e.action());
                        assertEquals(actor, e.actor());
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theExpectationCoversEveryAction() throws IOException {
        assertEquals(EnumSet.allOf(Action.class), expected().keySet(),
                "a new Action needs a row in expected-permissions.tsv");
    }

    @Test
    void severalRolesMayWhatAnyOfThemMay() throws IOException {
        Actor both = Actor.of("x", Role.DRAFTER, Role.REVIEWER);
        Actor all = Actor.of("y", Role.values());
        for (Map.Entry<Action, boolean[]> row : expected().entrySet()) {
            boolean[] may = row.getValue();
            assertEquals(may[2] || may[3], Permissions.standard().allows(both, row.getKey()), row.getKey().name());
            assertEquals(may[1] || may[2] || may[3], Permissions.standard().allows(all, row.getKey()), row.getKey().name());
        }
    }

    @Test
    void aSignedInUserWithoutRolesMayOnlyWhatThePublicMay() throws IOException {
        Actor roleless = new Actor("nobody", Set.of());
        for (Map.Entry<Action, boolean[]> row : expected().entrySet()) {
            assertEquals(row.getValue()[0], Permissions.standard().allows(roleless, row.getKey()), row.getKey().name());
        }
    }

    @Test
    void rolesForAndPublicMayAgreeWithAllows() {
        for (Action action : Action.values()) {
            for (Role role : Role.values()) {
                assertEquals(Permissions.standard().publicMay(action) || Permissions.standard().rolesFor(action).contains(role),
                        Permissions.standard().allows(Actor.of("u", role), action), action + " " + role);
            }
        }
        assertTrue(Permissions.standard().publicMay(Action.VIEW_PUBLISHED));
        assertFalse(Permissions.standard().publicMay(Action.VIEW_DRAFT));
    }

    private static Map<Action, boolean[]> expected() throws IOException {
        Map<Action, boolean[]> rows = new EnumMap<>(Action.class);
        try (InputStream in = PermissionTableTest.class.getResourceAsStream("expected-permissions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                assertEquals(1 + COLUMNS.size(), cells.length, line);
                boolean[] may = new boolean[COLUMNS.size()];
                for (int i = 0; i < may.length; i++) {
                    assertTrue(cells[i + 1].equals("y") || cells[i + 1].equals("n"), line);
                    may[i] = cells[i + 1].equals("y");
                }
                if (rows.put(Action.valueOf(cells[0]), may) != null) {
                    throw new AssertionError("two rows for " + cells[0]);
                }
            }
        }
        return rows;
    }
}
