package org.plantrace.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plantrace.domain.clause.Clause;

/**
 * The township plan as sentences, each knowing its clause. Sentences end at 。；！？ or a line
 * break; the heading of a clause is its first "sentence" too, since a township plan often states a
 * classification in a heading (城镇职能：综合型).
 */
public final class TownshipText {
    private static final Pattern END = Pattern.compile("(?<=[。；;！？!?])|\\R");

    /** One sentence of one township clause. */
    public record Sentence(Clause clause, String text) {
    }

    private final List<Sentence> sentences = new ArrayList<>();

    public TownshipText(List<Clause> forest) {
        for (Clause c : forest) {
            add(c);
        }
    }

    private void add(Clause c) {
        if (c.heading() != null && c.heading().strip().length() > 1) {
            sentences.add(new Sentence(c, c.heading().strip()));
        }
        for (String part : END.split(c.text())) {
            String s = part.strip();
            if (s.length() > 1) {
                sentences.add(new Sentence(c, s));
            }
        }
        for (Clause child : c.children()) {
            add(child);
        }
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentences containing a match of {@code pattern}, in text order. */
    public List<Sentence> matching(Pattern pattern) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (pattern.matcher(s.text()).find()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The plan's own title when a reader could only name it after its file: the first short line
     * that speaks of a 规划 and is not a sentence (王庄堡镇国土空间总体规划（2021—2035年）).
     */
    public static String title(String readerTitle, List<Clause> forest) {
        for (Sentence s : new TownshipText(forest).sentences()) {
            String t = s.text();
            if (t.contains("规划") && t.length() >= 8 && t.length() <= 60 && !t.endsWith("。") && !t.endsWith("；")) {
                return t;
            }
        }
        return readerTitle;
    }
}
