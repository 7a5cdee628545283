package org.plantrace.transmission;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Span;

/**
 * Cuts requirement sentences out of clause text. A <em>piece</em> is a sentence up to 。 or ；
 * (or a paragraph end). From a piece that names several townships, {@link #ownPart} keeps the part
 * that concerns one of them, {@link #parenGroup} the bracketed group that holds it, and
 * {@link #cap} keeps any requirement at about 150 characters around the place that mattered.
 */
public final class RequirementCutter {
    /** About the longest requirement a checklist row should carry. */
    public static final int MAX_CHARS = 150;
    private static final String PIECE_END = "。；;！？!?\n";
    private static final String SEPARATORS = "、，,和与及；";
    private static final String FILLER = "、，, \t和与及以";

    private RequirementCutter() {
    }

    /** A cut: the requirement text and the ranges of the clause text it was taken from. */
    public record Cut(String text, List<Span> spans) {
        public Cut {
            spans = List.copyOf(spans);
        }
    }

    /** A place named in the piece, resolved to its township (by gazetteer id). */
    public record Place(int start, int end, String township, boolean townshipLevel) {
    }

    /** The sentences of a text, trimmed, without their closing mark; empty ones dropped. */
    public static List<Span> pieces(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || PIECE_END.indexOf(text.charAt(i)) >= 0) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
                start = i + 1;
            }
        }
        return out;
    }

    public static Cut whole(String text, Span piece) {
        return new Cut(text.substring(piece.start(), piece.end()), List.of(piece));
    }

    /**
     * The part of the piece that concerns {@code township}. Places of one township in a row form a
     * run; runs separated by nothing but list marks (、 和 与 及) are one shared list ("在王庄堡镇、
     * 沙圪坨镇建设风电项目" concerns both). When the target's run is set apart from the others by
     * other words ("保护王庄堡镇王庄堡村和永安镇王千庄村", "新建220千伏王庄堡变、220千伏大仁庄变"), the
     * cut keeps the target's group, led by the piece's opening words when they are a short verb
     * phrase without a list mark ("保护", "新建"). Otherwise the whole piece.
     */
    public static Cut ownPart(String text, Span piece, List<Place> places, String township) {
        List<int[]> runs = new ArrayList<>(); // [start, end) of each run
        List<List<String>> owners = new ArrayList<>();
        List<Boolean> bare = new ArrayList<>(); // the run holds township names only
        for (Place p : places) {
            if (p.start() < piece.start() || p.end() > piece.end()) {
                continue;
            }
            int last = runs.size() - 1;
            if (last >= 0) {
                String gap = text.substring(Math.min(runs.get(last)[1], p.start()), p.start());
                List<String> o = owners.get(last);
                boolean sameTownship = o.get(o.size() - 1).equals(p.township());
                if (gap.isBlank() && sameTownship || bare.get(last) && p.townshipLevel() && onlyFiller(gap)) {
                    runs.get(last)[1] = p.end();
                    if (!o.contains(p.township())) {
                        o.add(p.township());
                    }
                    bare.set(last, bare.get(last) && p.townshipLevel());
                    continue;
                }
            }
            runs.add(new int[] {p.start(), p.end()});
            owners.add(new ArrayList<>(List.of(p.township())));
            bare.add(p.townshipLevel());
        }
        int target = -1;
        for (int i = 0; i < runs.size(); i++) {
            if (owners.get(i).contains(township)) {
                if (target >= 0) {
                    return whole(text, piece); // named in two places of the piece
                }
                target = i;
            }
        }
        if (runs.size() < 2 || target < 0) {
            return whole(text, piece);
        }
        int[] seps = new int[runs.size() - 1];
        for (int i = 0; i + 1 < runs.size(); i++) {
            seps[i] = firstSeparator(text, runs.get(i)[1], runs.get(i + 1)[0]);
            if (seps[i] < 0) {
                return whole(text, piece);
            }
        }
        int groupStart = target == 0 ? piece.start() : seps[target - 1] + 1;
        int groupEnd = target == runs.size() - 1 ? piece.end() : seps[target];
        List<Span> spans = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        if (target > 0) {
            String lead = text.substring(piece.start(), runs.get(0)[0]);
            String group = text.substring(groupStart, groupEnd);
            // "新建220千伏" before "220千伏大仁庄变": the first group's own modifier is not shared
            for (int k = Math.min(lead.length(), group.length()); k > 0; k--) {
                if (lead.endsWith(group.substring(0, k))) {
                    lead = lead.substring(0, lead.length() - k);
                    break;
                }
            }
            if (!lead.isEmpty() && lead.chars().noneMatch(ch -> SEPARATORS.indexOf(ch) >= 0) && lead.length() <= 12) {
                spans.add(new Span(piece.start(), piece.start() + lead.length()));
                out.append(lead);
            }
        }
        spans.add(new Span(groupStart, groupEnd));
        out.append(text, groupStart, groupEnd);
        return new Cut(out.toString().strip(), spans);
    }

    /**
     * For "…包括Ⅶ度（A、B）和Ⅷ度（C、D），tail": the lead, the label of the group whose brackets hold
     * the target's place, the place as written, and the tail — "…包括Ⅶ度（A），tail". Null when the
     * target's place is not inside brackets.
     */
    public static Cut parenGroup(String text, Span piece, Place place) {
        int open = text.lastIndexOf('（', place.start());
        int close = text.indexOf('）', place.end());
        if (open < piece.start() || close < 0 || close > piece.end() || text.lastIndexOf('）', place.start()) > open) {
            return null;
        }
        int labelStart = open;
        while (labelStart > piece.start() && "包括和与及、，,：:；".indexOf(text.charAt(labelStart - 1)) < 0) {
            labelStart--;
        }
        int firstOpen = text.indexOf('（', piece.start());
        int leadEnd = firstOpen;
        while (leadEnd > piece.start() && "包括和与及、，,：:；".indexOf(text.charAt(leadEnd - 1)) < 0) {
            leadEnd--;
        }
        int lastClose = text.lastIndexOf('）', piece.end() - 1);
        List<Span> spans = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        if (leadEnd > piece.start()) {
            spans.add(new Span(piece.start(), leadEnd));
            out.append(text, piece.start(), leadEnd);
        }
        spans.add(new Span(labelStart, open + 1));
        out.append(text, labelStart, open + 1);
        spans.add(new Span(place.start(), place.end()));
        out.append(text, place.start(), place.end()).append('）');
        if (lastClose + 1 < piece.end()) {
            spans.add(new Span(lastClose + 1, piece.end()));
            out.append(text, lastClose + 1, piece.end());
        }
        return new Cut(out.toString(), spans);
    }

    /**
     * A cut of at most {@link #MAX_CHARS}: if longer, the comma-separated parts around {@code focus}
     * (an offset into the cut's text), marked with … where text was left out.
     */
    public static Cut cap(Cut cut, int focus) {
        String t = cut.text();
        if (t.length() <= MAX_CHARS) {
            return cut;
        }
        List<int[]> parts = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '，' || t.charAt(i) == ',') {
                parts.add(new int[] {s, Math.min(i + 1, t.length())});
                s = i + 1;
            }
        }
        int k = 0;
        while (k < parts.size() - 1 && parts.get(k)[1] <= focus) {
            k++;
        }
        int from = k;
        int to = k;
        while (true) {
            boolean grown = false;
            if (to + 1 < parts.size() && parts.get(to + 1)[1] - parts.get(from)[0] <= MAX_CHARS - 2) {
                to++;
                grown = true;
            }
            if (from > 0 && parts.get(to)[1] - parts.get(from - 1)[0] <= MAX_CHARS - 2) {
                from--;
                grown = true;
            }
            if (!grown) {
                break;
            }
        }
        int a = parts.get(from)[0];
        int b = Math.min(parts.get(to)[1], a + MAX_CHARS - 2);
        String body = t.substring(a, b);
        if (body.endsWith("，") || body.endsWith(",")) {
            body = body.substring(0, body.length() - 1);
        }
        return new Cut((a > 0 ? "…" : "") + body + (b < t.length() ? "…" : ""), cut.spans());
    }

    private static boolean onlyFiller(String gap) {
        return gap.chars().allMatch(ch -> FILLER.indexOf(ch) >= 0);
    }

    private static int firstSeparator(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
