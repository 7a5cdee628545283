package org.plantrace.conformance.quantity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plantrace.conformance.ReviewRulesException;
import org.plantrace.conformance.ReviewTable;

/** {@code indicators.tsv}: which township words carry a checklist quantity of a given name. */
public final class IndicatorKeys {
    /** The township pattern and the label for one quantity name. */
    public record Key(Pattern township, String label) {
    }

    private record Row(Pattern county, String township, String label) {
    }

    private final List<Row> rows = new ArrayList<>();

    public IndicatorKeys(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            try {
                rows.add(new Row(Pattern.compile(r[0]), r[1], r[2]));
            } catch (PatternSyntaxException e) {
                throw new ReviewRulesException(file.getFileName() + ": 正则表达式有误 / bad regex: " + r[0]);
            }
        }
    }

    public Key of(String name) {
        for (Row r : rows) {
            if (r.county.matcher(name).find()) {
                String quoted = Pattern.quote(name);
                return new Key(Pattern.compile(r.township.replace("{name}", quoted)), r.label.replace("{name}", name));
            }
        }
        return new Key(Pattern.compile(Pattern.quote(name)), name);
    }
}
