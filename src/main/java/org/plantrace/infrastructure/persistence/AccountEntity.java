package org.plantrace.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.PasswordHash;
import org.plantrace.domain.account.Role;

/**
 * Row of table ACCOUNT. Roles are one comma-separated column (three possible values, read with the
 * row every time); the password is its hash's text form, never the password.
 */
@Entity
@Table(name = "ACCOUNT")
public class AccountEntity {
    @Id
    @Column(name = "USERNAME", length = 40)
    private String username;

    @Column(name = "DISPLAY_NAME", length = 60, nullable = false)
    private String displayName;

    @Column(name = "ROLES", length = 200, nullable = false)
    private String roles;

    @Column(name = "PASSWORD_HASH", length = 200, nullable = false)
    private String passwordHash;

    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "PASSWORD_CHANGE_REQUIRED", nullable = false)
    private boolean passwordChangeRequired;

    protected AccountEntity() {
    }

    AccountEntity(Account account) {
        this.username = account.username();
        update(account);
    }

    void update(Account account) {
        displayName = account.displayName();
        roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        passwordHash = account.password().encoded();
        failedAttempts = account.failedAttempts();
        lockedUntil = account.lockedUntil();
        passwordChangeRequired = account.passwordChangeRequired();
    }

    Account toDomain() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Role::valueOf).forEach(parsed::add);
        return new Account(username, displayName, parsed, PasswordHash.parse(passwordHash), failedAttempts,
                lockedUntil, passwordChangeRequired);
    }
}
