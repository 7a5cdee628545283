package org.plantrace.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code facilities.tsv}: the facilities a township plan must show, with the words that find them. */
public final class Facilities {
    /** One facility and its pattern. */
    public record Facility(String name, Pattern pattern) {
    }

    private final List<Facility> facilities = new ArrayList<>();

    public Facilities(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            try {
                facilities.add(new Facility(r[0], Pattern.compile(r[1])));
            } catch (PatternSyntaxException e) {
                throw new ReviewRulesException(file.getFileName() + ": “" + r[0] + "”的正则表达式有误 / bad regex");
            }
        }
    }

    /** The facilities named in {@code text}, in table order. */
    public List<Facility> in(String text) {
        return facilities.stream().filter(f -> f.pattern().matcher(text).find()).toList();
    }
}
