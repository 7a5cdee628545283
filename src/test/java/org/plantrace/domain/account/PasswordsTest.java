package org.plantrace.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    /** Fewer iterations keep the tests fast; the algorithm and format are the same. */
    private final Passwords passwords = new Passwords(1_000);

    @Test
    void theStandardUsesAtLeastOwaspsIterationCount() {
        assertTrue(Passwords.standard().iterations() >= 210_000);
        assertEquals(Passwords.ITERATIONS, Passwords.standard().iterations());
    }

    @Test
    void theRightPasswordMatchesAndOthersDoNot() {
        PasswordHash hash = passwords.hash("规划编制-密码-2035".toCharArray());
        assertTrue(passwords.matches("规划编制-密码-2035".toCharArray(), hash));
        assertFalse(passwords.matches("规划编制-密码-2036".toCharArray(), hash));
        assertFalse(passwords.matches("".toCharArray(), hash));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        PasswordHash a = passwords.hash("same password".toCharArray());
        PasswordHash b = passwords.hash("same password".toCharArray());
        assertNotEquals(a.encoded(), b.encoded());
        assertTrue(passwords.matches("same password".toCharArray(), a));
        assertTrue(passwords.matches("same password".toCharArray(), b));
    }

    @Test
    void theStoredFormRoundTripsAndHidesThePassword() {
        PasswordHash hash = passwords.hash("correct horse battery".toCharArray());
        String stored = hash.encoded();
        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
        assertFalse(stored.contains("horse"));
        PasswordHash back = PasswordHash.parse(stored);
        assertEquals(hash, back);
        assertTrue(passwords.matches("correct horse battery".toCharArray(), back));
        assertFalse(hash.toString().contains(stored.substring(stored.lastIndexOf('$') + 1)), "toString leaks the hash");
    }

    @Test
    void aHashKeepsItsOwnIterationCount() {
        PasswordHash old = new Passwords(500).hash("an older password".toCharArray());
        assertTrue(passwords.matches("an older password".toCharArray(), old));
        assertTrue(passwords.outdated(old));
        assertFalse(passwords.outdated(passwords.hash("x".toCharArray())));
    }

    @Test
    void somethingElseIsNotReadAsAHash() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("plain text password"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("md5$1$abc$def"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$0$YWJj$ZGVm"));
    }
}
