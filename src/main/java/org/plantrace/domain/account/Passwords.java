package org.plantrace.domain.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with the JDK's PBKDF2WithHmacSHA256: a random 16-byte salt per
 * password and {@value #ITERATIONS} iterations (OWASP's 2023 figure for this function), so each
 * guess against a stolen table costs a noticeable fraction of a second. Comparison is constant-time.
 */
public final class Passwords {
    /** Iterations for new hashes. Never lower this; stored hashes keep their own count. */
    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    // before STANDARD: static fields are set in this order, and the constructor needs the generator
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Passwords STANDARD = new Passwords(ITERATIONS);

    private final int iterations;
    /** Checked against when the user is unknown, so that "no such user" takes as long as "wrong password". */
    private final PasswordHash decoy;

    /** Tests may use fewer iterations to stay fast; the app always uses {@link #standard()}. */
    public Passwords(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.decoy = derive("decoy".toCharArray(), newSalt(), iterations);
    }

    public static Passwords standard() {
        return STANDARD;
    }

    public int iterations() {
        return iterations;
    }

    public PasswordHash hash(char[] password) {
        return derive(password, newSalt(), iterations);
    }

    /** True if the password matches. Takes the stored hash's time whatever the answer. */
    public boolean matches(char[] password, PasswordHash stored) {
        PasswordHash candidate = derive(password, stored.salt(), stored.iterations());
        return MessageDigest.isEqual(candidate.hash(), stored.hash());
    }

    /** Spends the time of one check without a stored hash: used when the username is unknown. */
    public void waste(char[] password) {
        matches(password, decoy);
    }

    /** True if the stored hash was made with fewer iterations than new hashes get. */
    public boolean outdated(PasswordHash stored) {
        return stored.iterations() < iterations;
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private static PasswordHash derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            byte[] hash = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            try {
                return new PasswordHash(iterations, salt, hash);
            } finally {
                Arrays.fill(hash, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime has this algorithm; without it no one could sign in at all
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
