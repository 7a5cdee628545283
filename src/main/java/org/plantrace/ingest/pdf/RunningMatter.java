package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers: text the layout repeats on every page and
 * that belongs to no clause. A header is a line that recurs at the same height with the same text
 * (digits aside) near the top or bottom of most pages; a page number is a lone number line there.
 */
final class RunningMatter {
    /** Only this many lines at the top and at the bottom of a page are candidates. */
    private static final int EDGE_LINES = 3;
    /** Share of text pages a line must recur on to count as running matter (odd/even headers: ~half). */
    private static final double RECURRENCE = 0.4;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－\\s]*(\\d+|[ivxlcIVXLC]+)[-—–－\\s]*|第\\s*\\d+\\s*页(\\s*[/，,]?\\s*共\\s*\\d+\\s*页)?"
                    + "|\\d+\\s*/\\s*\\d+|共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页");
    /**
     * Share of the page height, from the top or bottom edge, where headers, footers and page numbers
     * live; body text that happens to repeat further in is never taken for them.
     */
    private static final double EDGE_ZONE = 0.11;

    private RunningMatter() {
    }

    /** What was removed, for the parse report: the distinct running texts (page numbers not listed). */
    record Result(List<List<TextLine>> pages, List<String> removedTexts) {
    }

    static Result remove(List<List<TextLine>> pages, List<Float> pageHeights) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        int textPages = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = pages.get(p);
            if (!lines.isEmpty()) {
                textPages++;
            }
            for (TextLine l : edges(lines)) {
                pagesByKey.computeIfAbsent(key(l), k -> new HashSet<>()).add(p);
            }
        }
        int needed = Math.max(2, (int) Math.ceil(RECURRENCE * textPages));
        Set<String> removed = new LinkedHashSet<>();
        List<List<TextLine>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = pages.get(p);
            Set<TextLine> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            float height = pageHeights.get(p);
            for (TextLine l : edges(lines)) {
                String text = l.text.strip();
                boolean atEdge = l.baseline < EDGE_ZONE * height || l.baseline > (1 - EDGE_ZONE) * height;
                if (!atEdge) {
                    continue;
                }
                if (pagesByKey.get(key(l)).size() >= needed) {
                    drop.add(l);
                    if (!PAGE_NUMBER.matcher(text).matches()) {
                        removed.add(text);
                    }
                } else if (PAGE_NUMBER.matcher(text).matches()) {
                    drop.add(l);
                }
            }
            List<TextLine> rest = new ArrayList<>();
            for (TextLine l : lines) {
                if (!drop.contains(l)) {
                    rest.add(l);
                }
            }
            kept.add(rest);
        }
        return new Result(kept, new ArrayList<>(removed));
    }

    private static List<TextLine> edges(List<TextLine> lines) {
        if (lines.size() <= 2 * EDGE_LINES) {
            return lines;
        }
        List<TextLine> e = new ArrayList<>(lines.subList(0, EDGE_LINES));
        e.addAll(lines.subList(lines.size() - EDGE_LINES, lines.size()));
        return e;
    }

    /** Height to 2 pt and text with digits masked: "- 3 -" and "- 4 -" are the same footer. */
    private static String key(TextLine l) {
        return Math.round(l.baseline / 2) + "|" + l.text.strip().replaceAll("\\d+", "#");
    }
}
