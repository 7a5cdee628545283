package org.plantrace.domain.account;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A stored password: PBKDF2-HMAC-SHA256 with its own salt and iteration count, so that the count
 * can be raised later without invalidating the passwords stored with the old one. Its text form,
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), is what the database keeps.
 */
public final class PasswordHash {
    static final String SCHEME = "pbkdf2-sha256";

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    PasswordHash(int iterations, byte[] salt, byte[] hash) {
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
            throw new IllegalArgumentException("incomplete password hash");
        }
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    public int iterations() {
        return iterations;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] hash() {
        return hash.clone();
    }

    /** The stored form. Contains no secret that a slow guess would not still have to find. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Reads {@link #encoded()}; refuses anything else rather than guessing. */
    public static PasswordHash parse(String encoded) {
        String[] parts = Objects.requireNonNull(encoded, "encoded").split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " password hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && iterations == other.iterations
                && Arrays.equals(salt, other.salt) && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return 31 * iterations + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return SCHEME + "$" + iterations + "$…";
    }
}
