package org.plantrace.extract.indicator;

import java.util.regex.Pattern;

/**
 * Names an indicator from the words before its number, back to the last punctuation or the
 * previous quantity: 至2035年，全县耕地保有量不低于 → 耕地保有量. The comparator phrase is cut off
 * (the last one wins: 水质达到或优于III类比例达到), then time phrases, the rule file's head and tail
 * words, and everything up to the last 等. When nothing is left but a verb (预留不少于10%的建设用地指标)
 * or the unit qualifies a noun (220千伏王庄堡变), the name is the noun after the quantity.
 */
final class IndicatorNamer {
    static final String DELIMITERS = "，。；：、\n（）()“”,;:!?！？《》";
    private static final Pattern TRAILING_NON_WORDS = Pattern.compile("[0-9.×xX*\\s]+$");
    private static final int MAX_AFTER = 20;
    private final IndicatorRules rules;
    /** A year with its target word (至2035年): said of the indicator, not part of its name. */
    private final Pattern time;

    IndicatorNamer(IndicatorRules rules) {
        this.rules = rules;
        String words = rules.targetWords.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.time = Pattern.compile("(?:" + words + ")?[0-9]{4}年");
    }

    /**
     * @param segmentStart where the words before the quantity begin (after punctuation or the
     *        previous quantity)
     * @param previousNamedAfter the previous quantity ends exactly at segmentStart and was named by
     *        the words after it (73.39万亩耕地和63.25万亩永久基本农田): so is this one
     */
    Naming name(String text, Quantity q, int segmentStart, boolean previousNamedAfter) {
        String segment = text.substring(segmentStart, q.start());
        segment = TRAILING_NON_WORDS.matcher(time.matcher(segment).replaceAll("")).replaceAll("");

        String shareWhole = null;
        if (rules.shareWord != null && segment.endsWith(rules.shareOfWord) && segment.contains(rules.shareWord)) {
            int at = segment.lastIndexOf(rules.shareWord);
            shareWhole = segment.substring(at + rules.shareWord.length(), segment.length() - rules.shareOfWord.length());
            segment = segment.substring(0, at);
        }

        Comparison op = null;
        boolean strong = false;
        IndicatorRules.Phrase last = lastStrongPhrase(segment);
        if (last != null) {
            op = last.op();
            strong = true;
            segment = segment.substring(0, segment.lastIndexOf(last.text()));
        }
        for (IndicatorRules.Phrase p : rules.prefixes) { // one-character phrases count only at the end
            if (p.text().length() == 1 && segment.endsWith(p.text())) {
                if (op == null) {
                    op = p.op();
                    strong = p.op() != Comparison.EQUAL; // ≤ and 约 state a comparison, 为 and 在 do not
                }
                segment = segment.substring(0, segment.length() - 1);
                break;
            }
        }
        String name = trim(cutAfter(segment));

        boolean after = previousNamedAfter || rules.isQualifier(q.unitText()) || isVerb(name);
        if (after && shareWhole == null) {
            String following = trim(wordsAfter(text, q.end(), rules.shareOfWord));
            if (!following.isEmpty()) {
                return new Naming(following, op, strong, null, true);
            }
        }
        return new Naming(name, op, strong, shareWhole, false);
    }

    /** The comparator phrase of two or more characters that ends last in the segment (longest on ties). */
    private IndicatorRules.Phrase lastStrongPhrase(String segment) {
        IndicatorRules.Phrase best = null;
        int bestEnd = -1;
        for (IndicatorRules.Phrase p : rules.prefixes) { // longest first, so a tie keeps the longer
            if (p.text().length() < 2) {
                continue;
            }
            int at = segment.lastIndexOf(p.text());
            if (at >= 0 && at + p.text().length() > bestEnd) {
                best = p;
                bestEnd = at + p.text().length();
            }
        }
        return best;
    }

    private String cutAfter(String segment) {
        String s = segment;
        for (String w : rules.cutAfter) {
            int at = s.lastIndexOf(w);
            if (at >= 0) {
                s = s.substring(at + w.length());
            }
        }
        return s;
    }

    private String trim(String name) {
        String s = name.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String w : rules.trimHead) {
                if (s.startsWith(w) && s.length() > w.length()) {
                    s = s.substring(w.length());
                    changed = true;
                }
            }
            for (String w : rules.trimTail) {
                if (s.endsWith(w) && s.length() > w.length()) {
                    s = s.substring(0, s.length() - w.length());
                    changed = true;
                }
            }
        }
        return s.strip();
    }

    private boolean isVerb(String name) {
        if (name.isEmpty()) {
            return true;
        }
        for (String v : rules.verbs) {
            if (name.endsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** The noun after a quantity: past 的, up to punctuation, a digit or the next 的. */
    private static String wordsAfter(String text, int from, String of) {
        int i = from;
        boolean hasOf = !of.isEmpty();
        if (hasOf && text.startsWith(of, i)) {
            i += of.length();
        }
        int start = i;
        while (i < text.length() && i - start < MAX_AFTER) {
            char c = text.charAt(i);
            if (DELIMITERS.indexOf(c) >= 0 || Character.isDigit(c) || hasOf && text.startsWith(of, i)) {
                break;
            }
            i++;
        }
        return text.substring(start, i);
    }
}
