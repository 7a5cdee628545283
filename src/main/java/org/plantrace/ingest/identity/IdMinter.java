package org.plantrace.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes new durable ids: "c" and 8 base32 characters (40 bits) of a SHA-256 of the clause's
 * content key, so the same text gets the same id on every machine without a database. The n-th
 * occurrence of a repeated text hashes "key#n"; an id that is already taken (an old id, or a
 * hash collision) is re-hashed with a salt until it is free.
 */
final class IdMinter {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private final Set<String> taken = new HashSet<>();

    IdMinter(Collection<String> reserved) {
        taken.addAll(reserved);
    }

    /** Marks an id as used by a clause that kept it. */
    void reserve(String id) {
        taken.add(id);
    }

    String mint(String contentKey, int occurrence) {
        String seed = occurrence <= 1 ? contentKey : contentKey + "#" + occurrence;
        for (int salt = 0; ; salt++) {
            String id = "c" + base32(sha256(salt == 0 ? seed : seed + "~" + salt));
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static String base32(byte[] hash) {
        // first 40 bits = 8 characters of 5 bits
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        char[] out = new char[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = BASE32[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(out);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
