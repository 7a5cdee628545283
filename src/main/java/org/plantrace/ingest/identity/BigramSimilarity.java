package org.plantrace.ingest.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * Dice coefficient over character bigrams: 2·|common| / (|a| + |b|), counting repeats. Bigrams
 * suit Chinese, which has no spaces to split words on: changing one word of a sentence changes
 * only the few bigrams around it.
 */
final class BigramSimilarity {
    private final Map<Integer, Integer> counts;
    private final int total;
    private final String text;

    BigramSimilarity(String normalizedText) {
        this.text = normalizedText;
        this.counts = new HashMap<>();
        for (int i = 0; i + 1 < normalizedText.length(); i++) {
            counts.merge((normalizedText.charAt(i) << 16) | normalizedText.charAt(i + 1), 1, Integer::sum);
        }
        this.total = Math.max(0, normalizedText.length() - 1);
    }

    /** 1 for equal texts, 0 for texts without a common bigram. */
    double to(BigramSimilarity other) {
        if (text.equals(other.text)) {
            return 1.0;
        }
        if (total == 0 || other.total == 0) {
            return 0.0;
        }
        Map<Integer, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
        Map<Integer, Integer> large = small == counts ? other.counts : counts;
        int common = 0;
        for (Map.Entry<Integer, Integer> e : small.entrySet()) {
            Integer there = large.get(e.getKey());
            if (there != null) {
                common += Math.min(e.getValue(), there);
            }
        }
        return 2.0 * common / (total + other.total);
    }

    /** The highest similarity the two could have, from their sizes alone: a cheap filter. */
    double upperBound(BigramSimilarity other) {
        if (total + other.total == 0) {
            return 1.0;
        }
        return 2.0 * Math.min(total, other.total) / (total + other.total);
    }
}
