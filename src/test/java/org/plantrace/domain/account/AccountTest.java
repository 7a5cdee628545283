package org.plantrace.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final PasswordHash HASH = new Passwords(10).hash("irrelevant-here".toCharArray());
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private static Account account() {
        return Account.create("Drafter ", "编制员", Set.of(Role.DRAFTER), HASH, false);
    }

    @Test
    void usernamesAreNormalizedAndChecked() {
        assertEquals("drafter", account().username());
        assertThrows(IllegalArgumentException.class, () -> Account.create("a", null, Set.of(), HASH, false));
        assertThrows(IllegalArgumentException.class, () -> Account.create("王 五", null, Set.of(), HASH, false));
        assertThrows(IllegalArgumentException.class, () -> Account.create("-x", null, Set.of(), HASH, false));
        assertEquals("ab", Account.create("ab", " ", Set.of(), HASH, false).displayName());
    }

    @Test
    void theFifthWrongPasswordLocksForTheGivenTime() {
        Account a = account();
        for (int i = 1; i <= 4; i++) {
            a = a.afterFailure(T0.plusSeconds(i), POLICY);
            assertEquals(i, a.failedAttempts());
            assertTrue(a.lockedAt(T0.plusSeconds(i)).isEmpty(), "locked after " + i);
        }
        a = a.afterFailure(T0.plusSeconds(5), POLICY);
        assertEquals(T0.plusSeconds(5).plus(Duration.ofMinutes(15)), a.lockedAt(T0.plusSeconds(6)).orElseThrow());
        assertTrue(a.lockedAt(T0.plusSeconds(5).plus(Duration.ofMinutes(15))).isEmpty(), "still locked after the time");
    }

    @Test
    void afterTheLockEndsCountingStartsAgain() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a = a.afterFailure(T0, POLICY);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        a = a.afterFailure(later, POLICY);
        assertEquals(1, a.failedAttempts());
        assertTrue(a.lockedAt(later).isEmpty());
    }

    @Test
    void successAndUnlockClearTheFailures() {
        Account a = account().afterFailure(T0, POLICY).afterFailure(T0, POLICY);
        assertEquals(0, a.afterSuccess().failedAttempts());
        for (int i = 0; i < 5; i++) {
            a = a.afterFailure(T0, POLICY);
        }
        assertFalse(a.unlocked().lockedAt(T0).isPresent());
    }

    @Test
    void theActorCarriesUsernameAndRoles() {
        Actor actor = account().withRoles(Set.of(Role.DRAFTER, Role.REVIEWER)).actor();
        assertEquals("drafter", actor.username());
        assertEquals(Set.of(Role.DRAFTER, Role.REVIEWER), actor.roles());
    }

    @Test
    void passwordPolicy() {
        assertTrue(PasswordPolicy.problem("u1", "short".toCharArray()).isPresent());
        assertTrue(PasswordPolicy.problem("longusername", "LongUserName".toCharArray()).isPresent());
        assertTrue(PasswordPolicy.problem("u1", "x".repeat(201).toCharArray()).isPresent());
        assertTrue(PasswordPolicy.problem("u1", "一二三四五六七八九十".toCharArray()).isEmpty());
        assertTrue(PasswordPolicy.problem("u1", "一二三四五六七八九".toCharArray()).isPresent());
    }
}
