package org.plantrace.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code topics.tsv}: planning terms that say what a narrative item is about, each with its other spellings. */
public final class Topics {
    /** A term as shown, and the pattern of its spellings. */
    public record Term(String shown, Pattern pattern) {
    }

    private final List<Term> terms = new ArrayList<>();

    public Topics(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            String[] spellings = r[0].split("\\|");
            terms.add(new Term(spellings[0], Pattern.compile(String.join("|",
                    java.util.Arrays.stream(spellings).map(String::strip).map(Pattern::quote).toList()))));
        }
    }

    public List<Term> in(String text) {
        return terms.stream().filter(t -> t.pattern().matcher(text).find()).toList();
    }
}
