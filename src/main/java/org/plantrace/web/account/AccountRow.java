package org.plantrace.web.account;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.Role;

/** One account as the admin page lists it. */
public class AccountRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String roleLabels;
    private final String lockedUntil;
    private final int failedAttempts;
    private final boolean passwordChangeRequired;
    private final List<String> roles;

    AccountRow(Account account, Instant now) {
        username = account.username();
        displayName = account.displayName();
        roleLabels = account.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、"));
        lockedUntil = account.lockedAt(now)
                .map(t -> DateTimeFormatter.ofPattern("HH:mm").format(t.atZone(SignInPage.BEIJING))).orElse(null);
        failedAttempts = account.failedAttempts();
        passwordChangeRequired = account.passwordChangeRequired();
        roles = account.roles().stream().sorted().map(Role::name).toList();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleLabels() {
        return roleLabels;
    }

    /** Beijing time the lock ends, or null when not locked. */
    public String getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The role names, for the edit form's check boxes. */
    public List<String> getRoleNames() {
        return List.copyOf(roles);
    }
}
