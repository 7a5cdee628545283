package org.plantrace.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.LockoutPolicy;
import org.plantrace.domain.account.Passwords;
import org.plantrace.domain.account.Role;

class SignInServiceTest {
    private final Passwords passwords = new Passwords(1_000);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));
    private final SignInService service = new SignInService(accounts, passwords, LockoutPolicy.STANDARD, clock);

    SignInServiceTest() {
        accounts.add(Account.create("drafter", "编制员", Set.of(Role.DRAFTER),
                passwords.hash("right-password-1".toCharArray()), false));
    }

    @Test
    void theRightPasswordSignsIn() {
        SignInResult r = service.signIn(" Drafter", "right-password-1".toCharArray());
        Account a = assertInstanceOf(SignInResult.SignedIn.class, r).account();
        assertEquals(Set.of(Role.DRAFTER), a.actor().roles());
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        assertInstanceOf(SignInResult.Refused.class, service.signIn("nobody", "right-password-1".toCharArray()));
        assertInstanceOf(SignInResult.Refused.class, service.signIn("drafter", "wrong-password".toCharArray()));
        assertInstanceOf(SignInResult.Refused.class, service.signIn("drafter", new char[0]));
        assertInstanceOf(SignInResult.Refused.class, service.signIn(null, null));
        assertInstanceOf(SignInResult.Refused.class, service.signIn("<script>", "x".toCharArray()));
    }

    @Test
    void fiveWrongPasswordsLockEvenTheRightOneOutUntilTheTimeIsUp() {
        for (int i = 1; i <= 4; i++) {
            assertInstanceOf(SignInResult.Refused.class, service.signIn("drafter", ("wrong" + i).toCharArray()));
        }
        SignInResult.Locked locked = assertInstanceOf(SignInResult.Locked.class,
                service.signIn("drafter", "wrong5".toCharArray()));
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), locked.until());
        // while locked the right password does not help, and does not extend the lock
        clock.advance(Duration.ofMinutes(14));
        SignInResult.Locked still = assertInstanceOf(SignInResult.Locked.class,
                service.signIn("drafter", "right-password-1".toCharArray()));
        assertEquals(locked.until(), still.until());
        clock.advance(Duration.ofMinutes(1));
        assertInstanceOf(SignInResult.SignedIn.class, service.signIn("drafter", "right-password-1".toCharArray()));
    }

    @Test
    void anUnknownNameLocksLikeARealAccountSoNamesCannotBeEnumerated() {
        for (int i = 1; i <= 4; i++) {
            assertInstanceOf(SignInResult.Refused.class, service.signIn("drafter", ("wrong" + i).toCharArray()));
            assertInstanceOf(SignInResult.Refused.class, service.signIn("nobody", ("wrong" + i).toCharArray()));
        }
        SignInResult.Locked real = assertInstanceOf(SignInResult.Locked.class, service.signIn("drafter", "wrong5".toCharArray()));
        SignInResult.Locked unknown = assertInstanceOf(SignInResult.Locked.class, service.signIn("Nobody ", "wrong5".toCharArray()));
        assertEquals(real.until(), unknown.until());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(real.until(), assertInstanceOf(SignInResult.Locked.class, service.signIn("nobody", "x1".toCharArray())).until());
        clock.advance(Duration.ofMinutes(5));
        // the lock ends for both alike, and the count starts again
        assertInstanceOf(SignInResult.Refused.class, service.signIn("nobody", "x2".toCharArray()));
        assertInstanceOf(SignInResult.Refused.class, service.signIn("drafter", "x2".toCharArray()));
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            service.signIn("drafter", "wrong".toCharArray());
        }
        assertInstanceOf(SignInResult.SignedIn.class, service.signIn("drafter", "right-password-1".toCharArray()));
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(SignInResult.Refused.class, service.signIn("drafter", "wrong".toCharArray()));
        }
        assertEquals(4, accounts.find("drafter").orElseThrow().failedAttempts());
    }

    @Test
    void anOutdatedHashIsUpgradedAtSignIn() {
        accounts.add(Account.create("old", null, Set.of(Role.REVIEWER),
                new Passwords(100).hash("old-password-1".toCharArray()), false));
        assertInstanceOf(SignInResult.SignedIn.class, service.signIn("old", "old-password-1".toCharArray()));
        Account upgraded = accounts.find("old").orElseThrow();
        assertEquals(passwords.iterations(), upgraded.password().iterations());
        assertTrue(passwords.matches("old-password-1".toCharArray(), upgraded.password()));
    }
}
