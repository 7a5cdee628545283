package org.plantrace.search.analysis;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;

/**
 * What a phrase of the bigram analysis stands for: 幼儿 儿园 at positions 0 and 1 is 幼儿园 written in
 * a row. Only for Chinese characters, which the analysis leaves as written (its width and case
 * folding touch other scripts), so that the characters can be looked for in the text itself.
 */
public final class BigramPhrases {
    private BigramPhrases() {
    }

    /** The characters the phrase stands for; null unless an exact phrase of chained Chinese pairs. */
    public static String characters(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || terms.length == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            String pair = terms[i].text();
            if (pair.length() != 2 || positions[i] != i || !chinese(pair)
                    || (i > 0 && pair.charAt(0) != out.charAt(out.length() - 1))) {
                return null;
            }
            out.append(i == 0 ? pair : pair.substring(1));
        }
        return out.toString();
    }

    private static boolean chinese(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
