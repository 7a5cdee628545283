package org.plantrace.domain.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who can sign in: a username (lower-case Latin letters, digits, {@code . _ -}), the name
 * shown on pages, roles, the password hash, and the lockout state. Immutable: every change returns a
 * new account, which the repository stores in one step.
 *
 * @param failedAttempts wrong passwords in a row since the last successful sign-in or unlock
 * @param lockedUntil while in the future, sign-in is refused without checking the password
 * @param passwordChangeRequired set for a one-time password: the person must choose their own
 */
public record Account(String username, String displayName, Set<Role> roles, PasswordHash password,
                      int failedAttempts, Instant lockedUntil, boolean passwordChangeRequired) {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    public static final int MAX_DISPLAY_NAME = 60;

    public Account {
        username = normalize(username);
        if (!validUsername(username)) {
            throw new IllegalArgumentException("用户名须为 2–40 个小写字母、数字或 . _ -，且以字母或数字开头：" + username);
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("姓名不能超过 " + MAX_DISPLAY_NAME + " 个字");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(password, "password");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts");
        }
    }

    /** A new account: no failures, not locked. */
    public static Account create(String username, String displayName, Set<Role> roles, PasswordHash password,
                                 boolean passwordChangeRequired) {
        return new Account(username, displayName, roles, password, 0, null, passwordChangeRequired);
    }

    /** Usernames are compared in lower case, with surrounding spaces dropped. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public Actor actor() {
        return new Actor(username, roles);
    }

    /** When sign-in is possible again, if the account is locked at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** After a wrong password: one more failure, and locked when the policy says so. */
    public Account afterFailure(Instant now, LockoutPolicy policy) {
        int failures = lockedUntil != null && !lockedUntil.isAfter(now) ? 1 : failedAttempts + 1;
        Instant until = failures >= policy.maxFailures() ? now.plus(policy.lockFor()) : null;
        return new Account(username, displayName, roles, password, until == null ? failures : 0, until,
                passwordChangeRequired);
    }

    /** After a correct password: the failure count starts again. */
    public Account afterSuccess() {
        return new Account(username, displayName, roles, password, 0, null, passwordChangeRequired);
    }

    public Account unlocked() {
        return afterSuccess();
    }

    public Account withRoles(Set<Role> newRoles) {
        return new Account(username, displayName, newRoles, password, failedAttempts, lockedUntil,
                passwordChangeRequired);
    }

    public Account withDisplayName(String name) {
        return new Account(username, name, roles, password, failedAttempts, lockedUntil, passwordChangeRequired);
    }

    /** A new password; {@code oneTime} when someone else chose it and the owner must replace it. */
    public Account withPassword(PasswordHash hash, boolean oneTime) {
        return new Account(username, displayName, roles, hash, failedAttempts, lockedUntil, oneTime);
    }
}
