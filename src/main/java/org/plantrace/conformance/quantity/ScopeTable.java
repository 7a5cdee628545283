package org.plantrace.conformance.quantity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plantrace.conformance.ReviewTable;

/** {@code scopes.tsv}: the area a figure is stated for, read from the words before it. */
public final class ScopeTable {
    /** The scope of a sentence that names none: the whole township. */
    public static final String WHOLE = "全域";

    private record Row(String words, String scope) {
    }

    private final List<Row> rows = new ArrayList<>();

    public ScopeTable(Path file) {
        for (String[] r : ReviewTable.read(file)) {
            rows.add(new Row(r[0], r[1]));
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.words.length()).reversed());
    }

    /** The scope named last in {@code text} before {@code at} (the nearest words decide), else {@link #WHOLE}. */
    public String scopeBefore(String text, int at) {
        String head = text.substring(0, Math.min(at, text.length()));
        int best = -1;
        String scope = WHOLE;
        for (Row r : rows) {
            int i = head.lastIndexOf(r.words);
            if (i > best) {
                best = i;
                scope = r.scope;
            }
        }
        return scope;
    }
}
