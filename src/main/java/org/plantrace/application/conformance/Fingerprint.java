package org.plantrace.application.conformance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.plantrace.domain.conformance.ConformanceRecord.ChecklistUsed;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;

/** Which checklist a review used: its target, its number of requirements and a hash of their words. */
final class Fingerprint {
    private Fingerprint() {
    }

    static ChecklistUsed of(String target, Checklist checklist) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ChecklistItem i : checklist.requirements()) {
                sha.update((i.category() + "\t" + i.requirement() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return new ChecklistUsed(target, checklist.requirements().size(), HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
