package org.plantrace.ingest.text;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two heading titles are. Parallel headings of one list share words (国土空间保护水平…,
 * 国土空间开发效率…), a shape (底线约束、韧性安全 / 生态低碳、绿色发展) or an ending (农田保护区 /
 * 乡村发展区); the hierarchy recovery uses this to tell where a list ends.
 */
final class TitleSimilarity {
    private static final String PUNCTUATION = "、，,：:“”\"‘’'《》（）()—-·．. 　";

    private TitleSimilarity() {
    }

    /** 0 (nothing in common) to about 1.5 (same words, same shape, same ending). */
    static double of(String a, String b) {
        String x = letters(a);
        String y = letters(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        double score = dice(bigrams(x), bigrams(y));
        String shapeA = shape(a);
        if (shapeA.length() > 1 && shapeA.equals(shape(b))) {
            score += 0.35;
        }
        if (x.length() == y.length()) {
            score += 0.15; // parallel headings tend to be of one length (农田保护区, 乡村发展区)
        }
        if (x.length() >= 2 && y.length() >= 2 && x.endsWith(y.substring(y.length() - 2))) {
            score += 0.2;
        } else if (x.charAt(x.length() - 1) == y.charAt(y.length() - 1)) {
            score += 0.1;
        }
        return score;
    }

    /**
     * How much of the child's title is found in the parent's: a heading that repeats part of a
     * longer heading above it (城市性质 under 发展目标与城市性质) is likely its child.
     */
    static double containedIn(String child, String parent) {
        String c = letters(child);
        String p = letters(parent);
        if (c.length() < 2 || p.length() < 2 || c.length() >= p.length()) {
            return 0;
        }
        Set<String> cb = bigrams(c);
        Set<String> pb = bigrams(p);
        int shared = 0;
        for (String s : cb) {
            if (pb.contains(s)) {
                shared++;
            }
        }
        return shared / (double) cb.size();
    }

    /** The share of the title's character bigrams found in the text. */
    static double coveredBy(String title, String text) {
        Set<String> t = bigrams(letters(title));
        if (t.isEmpty()) {
            return 0;
        }
        Set<String> in = bigrams(letters(text));
        return t.stream().filter(in::contains).count() / (double) t.size();
    }

    /** The character bigrams two titles have in common. */
    static Set<String> sharedBigrams(String a, String b) {
        Set<String> out = bigrams(letters(a));
        out.retainAll(bigrams(letters(b)));
        return out;
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (PUNCTUATION.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The title with each run of letters written as X: 底线约束、韧性安全 → X、X. */
    static String shape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (PUNCTUATION.indexOf(c) >= 0 && !Character.isWhitespace(c)) {
                b.append(c);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != 'X') {
                b.append('X');
            }
        }
        return b.toString();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
