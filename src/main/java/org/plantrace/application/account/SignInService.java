package org.plantrace.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;
import org.plantrace.domain.account.LockoutPolicy;
import org.plantrace.domain.account.PasswordHash;
import org.plantrace.domain.account.PasswordPolicy;
import org.plantrace.domain.account.Passwords;

/**
 * Checks a username and password. Five wrong passwords in a row lock the account for a quarter of
 * an hour ({@link LockoutPolicy#STANDARD}); while locked, no password is even checked, so guessing
 * gains nothing. An unknown user costs the same hashing time as a known one, gets the same
 * answer as a wrong password, and after as many failures the same "locked" answer
 * ({@link UnknownNameLockout}): the answers do not tell which names exist.
 */
@ApplicationScoped
public class SignInService {
    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    private AccountRepository accounts;
    private Passwords passwords;
    private LockoutPolicy lockout;
    private Clock clock;
    private UnknownNameLockout unknownNames;

    /** For CDI's client proxy only. */
    protected SignInService() {
    }

    @Inject
    public SignInService(AccountRepository accounts) {
        this(accounts, Passwords.standard(), LockoutPolicy.STANDARD, Clock.systemUTC());
    }

    public SignInService(AccountRepository accounts, Passwords passwords, LockoutPolicy lockout, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.passwords = Objects.requireNonNull(passwords);
        this.lockout = Objects.requireNonNull(lockout);
        this.clock = Objects.requireNonNull(clock);
        this.unknownNames = new UnknownNameLockout(lockout);
    }

    public SignInResult signIn(String username, char[] password) {
        Instant now = clock.instant();
        boolean usable = password != null && password.length > 0 && password.length <= PasswordPolicy.MAX_LENGTH * 2;
        Optional<Account> found = Account.validUsername(Account.normalize(username))
                ? accounts.find(username) : Optional.empty();
        if (found.isEmpty()) {
            // answered exactly as a real account would be, lockout included (no enumeration)
            Optional<Instant> locked = unknownNames.lockedAt(username, now);
            if (locked.isPresent()) {
                return new SignInResult.Locked(locked.get());
            }
            if (usable) {
                passwords.waste(password);
            }
            Optional<Instant> nowLocked = unknownNames.failed(username, now);
            return nowLocked.<SignInResult>map(SignInResult.Locked::new).orElseGet(SignInResult.Refused::new);
        }
        Account account = found.get();
        Optional<Instant> locked = account.lockedAt(now);
        if (locked.isPresent()) {
            return new SignInResult.Locked(locked.get());
        }
        if (usable && passwords.matches(password, account.password())) {
            Account signedIn = accounts.update(account.username(), a -> rehashIfOutdated(a.afterSuccess(), password))
                    .orElse(account);
            return new SignInResult.SignedIn(signedIn);
        }
        Account after = accounts.update(account.username(), a -> a.afterFailure(now, lockout)).orElse(account);
        Optional<Instant> nowLocked = after.lockedAt(now);
        if (nowLocked.isPresent()) {
            LOG.warning(() -> "account " + after.username() + " locked until " + nowLocked.get()
                    + " after " + lockout.maxFailures() + " wrong passwords");
            return new SignInResult.Locked(nowLocked.get());
        }
        return new SignInResult.Refused();
    }

    /** Stored hashes made with fewer iterations than today's are upgraded while the password is at hand. */
    private Account rehashIfOutdated(Account account, char[] password) {
        if (!passwords.outdated(account.password())) {
            return account;
        }
        PasswordHash fresh = passwords.hash(password);
        return account.withPassword(fresh, account.passwordChangeRequired());
    }

    public LockoutPolicy lockout() {
        return lockout;
    }
}
