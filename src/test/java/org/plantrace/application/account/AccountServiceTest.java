package org.plantrace.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.account.Passwords;
import org.plantrace.domain.account.Role;

class AccountServiceTest {
    private final Passwords passwords = new Passwords(1_000);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AccountService service = new AccountService(accounts, passwords, Permissions.standard());
    private final Actor admin = Actor.of("admin", Role.ADMIN);

    AccountServiceTest() {
        accounts.add(Account.create("admin", null, Set.of(Role.ADMIN), passwords.hash("admin-password-1".toCharArray()), false));
    }

    @Test
    void onlyAdminsManageAccounts() {
        for (Actor who : List.of(Actor.ANONYMOUS, Actor.of("d", Role.DRAFTER), Actor.of("r", Role.REVIEWER))) {
            assertThrows(AccessDeniedException.class, () -> service.list(who));
            assertThrows(AccessDeniedException.class,
                    () -> service.create(who, "new1", null, Set.of(Role.DRAFTER), "a-long-password".toCharArray()));
            assertThrows(AccessDeniedException.class, () -> service.setRoles(who, "admin", Set.of()));
            assertThrows(AccessDeniedException.class, () -> service.unlock(who, "admin"));
            assertThrows(AccessDeniedException.class, () -> service.resetPassword(who, "admin", "another-password".toCharArray()));
        }
        assertEquals(1, accounts.count(), "a refused call changed something");
        assertEquals(Set.of(Role.ADMIN), accounts.find("admin").orElseThrow().roles());
    }

    @Test
    void createdAccountsHaveAOneTimePassword() {
        Account a = service.create(admin, "Wang.Wu", "王五", Set.of(Role.DRAFTER), "first-password-1".toCharArray());
        assertEquals("wang.wu", a.username());
        assertTrue(accounts.find("wang.wu").orElseThrow().passwordChangeRequired());
        AccountException taken = assertThrows(AccountException.class,
                () -> service.create(admin, "wang.wu", null, Set.of(), "first-password-1".toCharArray()));
        assertTrue(taken.getMessage().contains("已被使用"), taken.getMessage());
        assertThrows(AccountException.class, () -> service.create(admin, "x y", null, Set.of(), "first-password-1".toCharArray()));
        assertThrows(AccountException.class, () -> service.create(admin, "zhao", null, Set.of(), "short".toCharArray()));
        assertFalse(accounts.find("zhao").isPresent());
    }

    @Test
    void rolesUnlockAndReset() {
        service.create(admin, "li", null, Set.of(Role.REVIEWER), "first-password-1".toCharArray());
        assertEquals(Set.of(Role.DRAFTER, Role.REVIEWER), service.setRoles(admin, "li", Set.of(Role.DRAFTER, Role.REVIEWER)).roles());
        accounts.update("li", a -> {
            Account locked = a;
            for (int i = 0; i < 5; i++) {
                locked = locked.afterFailure(java.time.Instant.now(), org.plantrace.domain.account.LockoutPolicy.STANDARD);
            }
            return locked;
        });
        assertTrue(accounts.find("li").orElseThrow().lockedAt(java.time.Instant.now()).isPresent());
        assertFalse(service.unlock(admin, "li").lockedAt(java.time.Instant.now()).isPresent());
        Account reset = service.resetPassword(admin, "li", "reset-password-1".toCharArray());
        assertTrue(reset.passwordChangeRequired());
        assertTrue(passwords.matches("reset-password-1".toCharArray(), reset.password()));
        assertThrows(AccountException.class, () -> service.unlock(admin, "nobody"));
    }

    @Test
    void anAdminCannotDropTheirOwnAdminRole() {
        assertThrows(AccountException.class, () -> service.setRoles(admin, "admin", Set.of(Role.DRAFTER)));
        assertEquals(Set.of(Role.ADMIN), accounts.find("admin").orElseThrow().roles());
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        service.create(admin, "li", null, Set.of(Role.REVIEWER), "first-password-1".toCharArray());
        Actor li = Actor.of("li", Role.REVIEWER);
        assertThrows(AccountException.class, () -> service.changeOwnPassword(li, "wrong".toCharArray(), "my-own-password".toCharArray()));
        assertThrows(AccountException.class,
                () -> service.changeOwnPassword(li, "first-password-1".toCharArray(), "short".toCharArray()));
        assertThrows(AccountException.class,
                () -> service.changeOwnPassword(li, "first-password-1".toCharArray(), "first-password-1".toCharArray()));
        assertThrows(AccountException.class,
                () -> service.changeOwnPassword(Actor.ANONYMOUS, "x".toCharArray(), "my-own-password".toCharArray()));
        Account changed = service.changeOwnPassword(li, "first-password-1".toCharArray(), "my-own-password".toCharArray());
        assertFalse(changed.passwordChangeRequired());
        assertTrue(passwords.matches("my-own-password".toCharArray(), accounts.find("li").orElseThrow().password()));
        // the wrong current password above counted as a failed attempt
        assertEquals(1, accounts.find("li").orElseThrow().failedAttempts());
    }

    /** Issue #14.10: the account form shows every problem at once, not only the first. */
    @Test
    void creatingAnAccountReportsEveryProblemAtOnce() {
        AccountException e = assertThrows(AccountException.class,
                () -> service.create(admin, "x y", "名".repeat(Account.MAX_DISPLAY_NAME + 1), Set.of(), "short".toCharArray()));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("用户名"), e.problems().get(0));
        assertTrue(e.problems().get(1).contains("姓名"), e.problems().get(1));
    }
}
