package org.plantrace.conformance.classification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plantrace.conformance.ReviewRulesException;
import org.plantrace.conformance.ReviewTable;

/** {@code classifications.tsv}: the dimensions and their vocabularies. */
public final class Vocabularies {
    private final List<Dimension> dimensions = new ArrayList<>();

    public Vocabularies(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            try {
                dimensions.add(new Dimension(r[0], Pattern.compile(r[1]), r[2].equals("subset"), values(r[3])));
            } catch (PatternSyntaxException e) {
                throw new ReviewRulesException(file.getFileName() + ": “" + r[0] + "”的正则表达式有误 / bad regex: " + e.getPattern());
            }
        }
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    private static List<Dimension.Value> values(String cell) {
        List<Dimension.Value> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("/") && p.endsWith("/") && p.length() > 2) {
                out.add(new Dimension.Value(p, Pattern.compile(p.substring(1, p.length() - 1)), true));
                continue;
            }
            String[] nameAndAliases = p.split("=", 2);
            List<String> spellings = new ArrayList<>();
            spellings.add(nameAndAliases[0].strip());
            if (nameAndAliases.length == 2) {
                for (String a : nameAndAliases[1].split("\\|")) {
                    spellings.add(a.strip());
                }
            }
            spellings.sort(Comparator.comparingInt(String::length).reversed());
            String regex = String.join("|", spellings.stream().map(Pattern::quote).toList());
            out.add(new Dimension.Value(nameAndAliases[0].strip(), Pattern.compile(regex), false));
        }
        // longest spellings first across values, so 一般乡镇 wins over a shorter value inside it
        out.sort(Comparator.comparingInt((Dimension.Value v) -> v.patterned() ? 0 : v.shown().length()).reversed());
        return out;
    }
}
