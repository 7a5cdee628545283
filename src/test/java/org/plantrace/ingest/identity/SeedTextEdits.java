package org.plantrace.ingest.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits the seed plan's lines the way a drafter would between two versions — find an article by
 * its heading, cut its block out, put it elsewhere — for the tests and benchmarks that compare or
 * re-import an edited seed.
 */
public final class SeedTextEdits {
    /** A heading line of the plain-text seed: "1." at every level, or 第…章/节/条. */
    public static final Pattern HEADING_LINE = Pattern.compile("^\\s*(\\d+[.．]|第\\S{1,4}[章节条])");

    private SeedTextEdits() {
    }

    /** The index of the one heading line ending with {@code heading}. */
    public static int headingLine(List<String> lines, String heading) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (HEADING_LINE.matcher(lines.get(i)).find() && lines.get(i).strip().endsWith(heading)) {
                found.add(i);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " heading lines end with " + heading + ", expected one");
        }
        return found.get(0);
    }

    /** The line after the heading's body: the next heading line. */
    public static int blockEnd(List<String> lines, String heading) {
        int i = headingLine(lines, heading) + 1;
        while (i < lines.size() && !HEADING_LINE.matcher(lines.get(i)).find()) {
            i++;
        }
        return i;
    }

    /** Removes the heading's line and body from {@code lines} and returns them. */
    public static List<String> cut(List<String> lines, String heading) {
        int start = headingLine(lines, heading);
        List<String> block = new ArrayList<>(lines.subList(start, blockEnd(lines, heading)));
        lines.subList(start, start + block.size()).clear();
        return block;
    }
}
