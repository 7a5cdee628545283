package org.plantrace.ingest.numbering;

import java.util.regex.Pattern;

/**
 * How the words after a number divide into a heading and the clause's own text, the same for
 * every reader: a short line without sentence punctuation is a heading ({@code （一）能源资源富集区});
 * "short title。body" or "short title：body" is a run-in heading and its text; any other sentence
 * is text under an empty heading ({@code 1．严格保护耕地，……。}).
 *
 * @param headingEnd where the heading ends in the words (0: no heading)
 * @param bodyStart  where the clause's own text begins (the words' length: no text)
 */
public record ItemShape(int headingEnd, int bodyStart) {
    /** A heading is at most this long: longer lines are sentences even without a full stop. */
    public static final int MAX_TITLE_LENGTH = 40;
    private static final int RUN_IN_TITLE = 20;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；;！？!?]");

    public static ItemShape of(String words) {
        if (isTitle(words)) {
            return new ItemShape(words.length(), words.length());
        }
        int cut = runInCut(words);
        if (cut > 0) {
            return new ItemShape(cut, cut + 1);
        }
        return new ItemShape(0, 0);
    }

    /** Short and without sentence punctuation. */
    public static boolean isTitle(String s) {
        return s.length() <= MAX_TITLE_LENGTH && !SENTENCE_PUNCTUATION.matcher(s).find();
    }

    /** Where "short title。body" splits, or -1. A comma before the stop makes it a sentence. */
    private static int runInCut(String t) {
        for (int i = 0; i < t.length() && i <= RUN_IN_TITLE; i++) {
            char c = t.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';') {
                return -1;
            }
            if (c == '。' || c == '：' || c == ':') {
                return i >= 2 && !t.substring(i + 1).isBlank() ? i : -1;
            }
        }
        return -1;
    }
}
