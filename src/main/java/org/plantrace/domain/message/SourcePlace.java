package org.plantrace.domain.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a clause starts in its source, as the readers store it ("第 95 行", "第 12 段", "第 3 页"),
 * as a message: the stored words are Chinese, but an English reader should read "line 95". Anything
 * else is shown as stored.
 */
public final class SourcePlace {
    private static final Pattern STORED = Pattern.compile("第 (\\d+) (行|段|页)");

    private SourcePlace() {
    }

    public static Message of(String stored) {
        Matcher m = STORED.matcher(stored == null ? "" : stored);
        if (!m.matches()) {
            return Message.of("common.verbatim", stored == null ? "" : stored);
        }
        String unit = switch (m.group(2)) {
            case "行" -> "line";
            case "段" -> "paragraph";
            default -> "page";
        };
        return Message.of("common.place." + unit, m.group(1));
    }
}
