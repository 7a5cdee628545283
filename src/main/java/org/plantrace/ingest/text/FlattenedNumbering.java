package org.plantrace.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.ingest.numbering.NumberingStyle;

/** Finds the number a flattening export wrote for every level, if it did. */
final class FlattenedNumbering {
    private FlattenedNumbering() {
    }

    /** The number as written ("1.") when most arabic-numbered headings repeat it, else null. */
    static String detect(List<SourceLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (SourceLine l : lines) {
            if ((l.type() == LineType.HEADING || l.type() == LineType.EMPTY_HEADING)
                    && l.numbered().orElseThrow().style() == NumberingStyle.ARABIC_DOT) {
                counts.merge(l.numbered().get().num(), 1, Integer::sum);
                total++;
            }
        }
        String top = null;
        int topCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        return topCount >= 5 && topCount * 10 >= total * 8 ? top : null;
    }
}
