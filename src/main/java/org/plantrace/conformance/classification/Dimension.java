package org.plantrace.conformance.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One classification dimension of {@code classifications.tsv}: the words that say a sentence is
 * about it, whether the township must state exactly the county's values ({@code all}) or may use
 * some of them ({@code subset}), and its values with their other spellings.
 */
public record Dimension(String name, Pattern context, boolean subset, List<Value> values) {

    /** A value: the spelling shown, and the pattern that finds any of its spellings. */
    public record Value(String shown, Pattern pattern, boolean patterned) {
    }

    /** The values stated in {@code text}, in the spelling shown; longer spellings first so 重点开发乡镇 is one value. */
    public Set<String> valuesIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        String rest = text;
        List<Value> ordered = new ArrayList<>(values);
        for (Value v : ordered) {
            Matcher m = v.pattern().matcher(rest);
            while (m.find()) {
                found.add(v.patterned() ? m.group() : v.shown());
                // blank out the words so a shorter spelling inside them (重点开发 in 重点开发乡镇) is not read twice
                rest = rest.substring(0, m.start()) + "\u3000".repeat(m.end() - m.start()) + rest.substring(m.end());
                m = v.pattern().matcher(rest);
            }
        }
        return found;
    }

    public boolean spokenOf(String text) {
        return context.matcher(text).find();
    }
}
