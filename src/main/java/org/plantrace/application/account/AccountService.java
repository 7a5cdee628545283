package org.plantrace.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.LockoutPolicy;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.account.PasswordPolicy;
import org.plantrace.domain.account.Passwords;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.message.Message;

/**
 * Managing accounts: list, create, set roles, unlock, set a one-time password. Each call checks
 * {@link Action#MANAGE_ACCOUNTS} first. Changing one's own password needs only to be signed in and
 * to know the current password.
 */
@ApplicationScoped
public class AccountService {
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    private AccountRepository accounts;
    private Passwords passwords;
    private Permissions permissions;
    private LockoutPolicy lockout = LockoutPolicy.STANDARD;
    private Clock clock = Clock.systemUTC();

    /** For CDI's client proxy only. */
    protected AccountService() {
    }

    @Inject
    public AccountService(AccountRepository accounts) {
        this(accounts, Passwords.standard(), Permissions.standard());
    }

    public AccountService(AccountRepository accounts, Passwords passwords, Permissions permissions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.passwords = Objects.requireNonNull(passwords);
        this.permissions = Objects.requireNonNull(permissions);
    }

    public List<Account> list(Actor actor) {
        permissions.require(actor, Action.MANAGE_ACCOUNTS);
        return accounts.all();
    }

    /**
     * Creates an account whose password is one-time: its owner must replace it at first sign-in.
     *
     * @throws AccountException the username is invalid or taken, the password too weak
     */
    public Account create(Actor actor, String username, String displayName, Set<Role> roles, char[] password) {
        permissions.require(actor, Action.MANAGE_ACCOUNTS);
        String name = Account.normalize(username);
        java.util.List<Message> problems = new java.util.ArrayList<>();
        if (!Account.validUsername(name)) {
            problems.add(Message.of("account.username.invalid", username));
        }
        if (displayName != null && displayName.strip().length() > Account.MAX_DISPLAY_NAME) {
            problems.add(Message.of("account.displayName.long", Account.MAX_DISPLAY_NAME));
        }
        try {
            checkPassword(name, password);
        } catch (AccountException e) {
            problems.addAll(e.explanations());
        }
        if (!problems.isEmpty()) {
            throw AccountException.of(problems);
        }
        Account account = Account.create(name, displayName, roles, passwords.hash(password), true);
        if (!accounts.add(account)) {
            throw new AccountException(Message.of("account.username.taken", name));
        }
        LOG.info(() -> actor.username() + " created account " + name + " " + roles);
        return account;
    }

    public Account setRoles(Actor actor, String username, Set<Role> roles) {
        permissions.require(actor, Action.MANAGE_ACCOUNTS);
        String name = Account.normalize(username);
        if (name.equals(actor.username()) && !roles.contains(Role.ADMIN)) {
            // otherwise the last admin can leave the site without anyone able to manage accounts
            throw new AccountException(Message.of("account.ownAdmin"));
        }
        Account changed = accounts.update(name, a -> a.withRoles(roles)).orElseThrow(() -> noSuch(name));
        LOG.info(() -> actor.username() + " set roles of " + name + " to " + roles);
        return changed;
    }

    public Account unlock(Actor actor, String username) {
        permissions.require(actor, Action.MANAGE_ACCOUNTS);
        String name = Account.normalize(username);
        Account changed = accounts.update(name, Account::unlocked).orElseThrow(() -> noSuch(name));
        LOG.info(() -> actor.username() + " unlocked " + name);
        return changed;
    }

    /** Sets a password the owner must replace at next sign-in (the admin knows it). */
    public Account resetPassword(Actor actor, String username, char[] password) {
        permissions.require(actor, Action.MANAGE_ACCOUNTS);
        String name = Account.normalize(username);
        checkPassword(name, password);
        Account changed = accounts.update(name, a -> a.withPassword(passwords.hash(password), true).unlocked())
                .orElseThrow(() -> noSuch(name));
        LOG.info(() -> actor.username() + " reset the password of " + name);
        return changed;
    }

    /**
     * The signed-in person replaces their own password.
     *
     * @throws AccountException not signed in, current password wrong, new one too weak or unchanged
     */
    public Account changeOwnPassword(Actor actor, char[] current, char[] replacement) {
        if (actor.anonymous()) {
            throw new AccountException(Message.of("account.signIn"));
        }
        Account account = accounts.find(actor.username()).orElseThrow(() -> noSuch(actor.username()));
        Instant now = clock.instant();
        if (account.lockedAt(now).isPresent()) {
            throw new AccountException(Message.of("account.locked"));
        }
        if (current == null || current.length == 0 || !passwords.matches(current, account.password())) {
            // the same lockout as at sign-in: a borrowed session must not be a way to guess passwords
            accounts.update(account.username(), a -> a.afterFailure(now, lockout));
            throw new AccountException(Message.of("account.password.wrong"));
        }
        checkPassword(account.username(), replacement);
        if (passwords.matches(replacement, account.password())) {
            throw new AccountException(Message.of("account.password.same"));
        }
        return accounts.update(account.username(), a -> a.withPassword(passwords.hash(replacement), false))
                .orElseThrow(() -> noSuch(actor.username()));
    }

    private static void checkPassword(String username, char[] password) {
        PasswordPolicy.why(username, password).ifPresent(p -> {
            throw new AccountException(p);
        });
    }

    private static AccountException noSuch(String username) {
        return new AccountException(Message.of("account.noSuch", username));
    }
}
