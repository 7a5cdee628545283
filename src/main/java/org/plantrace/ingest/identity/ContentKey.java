package org.plantrace.ingest.identity;

import java.text.Normalizer;
import org.plantrace.domain.clause.Clause;

/**
 * What makes two clauses "the same text": kind, heading and own text after normalization. NFKC
 * folds full-width digits and letters (１２ → 12) and whitespace is dropped, because exports and
 * re-typing change both without changing the provision.
 */
final class ContentKey {
    private ContentKey() {
    }

    static String of(Clause c) {
        return c.kind().name() + '\u0001' + normalize(c.heading()) + '\u0001' + normalize(c.text());
    }

    static String normalize(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
