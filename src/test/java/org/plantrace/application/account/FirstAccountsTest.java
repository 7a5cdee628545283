package org.plantrace.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.Passwords;
import org.plantrace.domain.account.Role;

class FirstAccountsTest {
    private final Passwords passwords = new Passwords(1_000);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final FirstAccounts first = new FirstAccounts(accounts, passwords);
    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();
    @TempDir
    Path dir;

    private FirstAccounts.Outcome setUp() {
        UnaryOperator<String> p = properties::get;
        return first.setUp(p, env);
    }

    @Test
    void withoutSettingsTheAdminGetsARandomOneTimePassword() {
        var outcome = assertInstanceOf(FirstAccounts.AdminWithOneTimePassword.class, setUp());
        Account admin = accounts.find("admin").orElseThrow();
        assertEquals(Set.of(Role.ADMIN), admin.roles());
        assertTrue(admin.passwordChangeRequired());
        assertTrue(outcome.password().length() >= 16);
        assertTrue(passwords.matches(outcome.password().toCharArray(), admin.password()));
        assertNotEquals(outcome.password(), FirstAccounts.oneTimePassword(), "not random");
    }

    @Test
    void theEnvironmentOrThePropertyGivesTheAdminPassword() {
        env.put(FirstAccounts.ADMIN_ENV, "env-admin-password");
        assertInstanceOf(FirstAccounts.AdminFromSetting.class, setUp());
        Account admin = accounts.find("admin").orElseThrow();
        assertFalse(admin.passwordChangeRequired());
        assertTrue(passwords.matches("env-admin-password".toCharArray(), admin.password()));
    }

    @Test
    void thePropertyWinsOverTheEnvironment() {
        env.put(FirstAccounts.ADMIN_ENV, "env-admin-password");
        properties.put(FirstAccounts.ADMIN_PROPERTY, "property-admin-password");
        var outcome = assertInstanceOf(FirstAccounts.AdminFromSetting.class, setUp());
        assertTrue(outcome.source().contains(FirstAccounts.ADMIN_PROPERTY));
        assertTrue(passwords.matches("property-admin-password".toCharArray(), accounts.find("admin").orElseThrow().password()));
    }

    @Test
    void aTooShortConfiguredPasswordIsNotUsed() {
        env.put(FirstAccounts.ADMIN_ENV, "admin");
        var outcome = assertInstanceOf(FirstAccounts.AdminWithOneTimePassword.class, setUp());
        assertTrue(outcome.whyNotConfigured().contains(FirstAccounts.ADMIN_ENV), outcome.whyNotConfigured());
        assertFalse(passwords.matches("admin".toCharArray(), accounts.find("admin").orElseThrow().password()));
    }

    @Test
    void nothingChangesOnceAccountsExist() {
        setUp();
        Account before = accounts.find("admin").orElseThrow();
        env.put(FirstAccounts.ADMIN_ENV, "env-admin-password");
        assertInstanceOf(FirstAccounts.AlreadySetUp.class, setUp());
        assertEquals(before, accounts.find("admin").orElseThrow());
    }

    @Test
    void theBootstrapFileCreatesItsAccounts() throws IOException {
        Path file = dir.resolve("accounts.tsv");
        Files.writeString(file, "# test accounts\nadmin\tADMIN\tadmin-password-1\t管理员\n"
                + "both\tDRAFTER,REVIEWER\tboth-password-1\n", StandardCharsets.UTF_8);
        properties.put(FirstAccounts.ACCOUNTS_PROPERTY, file.toString());
        env.put(FirstAccounts.ADMIN_ENV, "ignored-when-a-file-is-given");
        var outcome = assertInstanceOf(FirstAccounts.FromFile.class, setUp());
        assertEquals(List.of("admin", "both"), outcome.usernames());
        assertEquals(Set.of(Role.DRAFTER, Role.REVIEWER), accounts.find("both").orElseThrow().roles());
        assertEquals("管理员", accounts.find("admin").orElseThrow().displayName());
        assertFalse(accounts.find("both").orElseThrow().passwordChangeRequired());
    }

    @Test
    void aBadBootstrapFileStoresNothingAndSaysWhichLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "ok\tDRAFTER\tok-password-123\nbad\tCHIEF\tbad-password-123\n", StandardCharsets.UTF_8);
        properties.put(FirstAccounts.ACCOUNTS_PROPERTY, file.toString());
        AccountException e = assertThrows(AccountException.class, this::setUp);
        assertTrue(e.getMessage().contains("第 2 行") && e.getMessage().contains("CHIEF"), e.getMessage());
        assertEquals(0, accounts.count());

        Files.write(file, new byte[] {'a', 'b', '\t', 'D', '\t', (byte) 0xff, (byte) 0xfe});
        assertTrue(assertThrows(AccountException.class, this::setUp).getMessage().contains("UTF-8"));
        properties.put(FirstAccounts.ACCOUNTS_PROPERTY, dir.resolve("missing.tsv").toString());
        assertTrue(assertThrows(AccountException.class, this::setUp).getMessage().contains("missing.tsv"));
        assertEquals(0, accounts.count());
    }
}
