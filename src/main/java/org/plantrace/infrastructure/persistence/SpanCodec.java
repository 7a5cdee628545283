package org.plantrace.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Span;

/**
 * Mandatory spans in one column, "0-12,40-55": a clause has few spans and they are always read
 * with it, so a child table would cost a join for nothing.
 */
final class SpanCodec {
    private SpanCodec() {
    }

    static String encode(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(s.start()).append('-').append(s.end());
        }
        return sb.toString();
    }

    static List<Span> decode(String column) {
        List<Span> spans = new ArrayList<>();
        if (column == null || column.isEmpty()) {
            return spans;
        }
        for (String part : column.split(",")) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                throw new IllegalStateException("bad span column value: " + column);
            }
            spans.add(new Span(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return spans;
    }
}
