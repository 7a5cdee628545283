package org.plantrace.domain.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Span;

/**
 * The character-level difference of one text in two versions, as the two sides a reader puts
 * next to each other: the older text cut into kept and deleted runs, the newer into kept and
 * inserted runs. Each run also says whether it lies in a mandatory span of its side, so that the
 * page can highlight edits of mandatory wording.
 *
 * <p>Characters are compared as code points (a rare CJK extension character is one unit, not two
 * halves). The common prefix and suffix are cut off first; a remaining middle longer than
 * {@value #MAX_DIFFED_CHARS} characters on both sides together is shown as deleted and inserted
 * whole rather than diffed, which bounds the time a pathological pair can take.
 */
public final class TextDiff {
    static final int MAX_DIFFED_CHARS = 40_000;

    private final List<DiffSegment> older;
    private final List<DiffSegment> newer;
    private final List<Edit> edits;

    /** One edit in the coordinates of both texts: older [olderStart, olderEnd) became newer [newerStart, newerEnd). */
    record Edit(int olderStart, int olderEnd, int newerStart, int newerEnd) {
    }

    private TextDiff(List<DiffSegment> older, List<DiffSegment> newer, List<Edit> edits) {
        this.older = List.copyOf(older);
        this.newer = List.copyOf(newer);
        this.edits = List.copyOf(edits);
    }

    public static TextDiff of(String older, String newer) {
        return of(older, newer, List.of(), List.of());
    }

    /** The diff, with runs marked mandatory where they fall in the given spans of their side. */
    public static TextDiff of(String older, String newer, List<Span> olderSpans, List<Span> newerSpans) {
        older = older == null ? "" : older;
        newer = newer == null ? "" : newer;
        List<Edit> edits = edits(older, newer);
        List<DiffSegment> left = new ArrayList<>();
        List<DiffSegment> right = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (Edit e : edits) {
            add(left, DiffSegment.Op.EQUAL, older, o, e.olderStart(), olderSpans);
            add(left, DiffSegment.Op.DELETE, older, e.olderStart(), e.olderEnd(), olderSpans);
            add(right, DiffSegment.Op.EQUAL, newer, n, e.newerStart(), newerSpans);
            add(right, DiffSegment.Op.INSERT, newer, e.newerStart(), e.newerEnd(), newerSpans);
            o = e.olderEnd();
            n = e.newerEnd();
        }
        add(left, DiffSegment.Op.EQUAL, older, o, older.length(), olderSpans);
        add(right, DiffSegment.Op.EQUAL, newer, n, newer.length(), newerSpans);
        return new TextDiff(left, right, edits);
    }

    /** The older side: kept and deleted runs. */
    public List<DiffSegment> older() {
        return older;
    }

    /** The newer side: kept and inserted runs. */
    public List<DiffSegment> newer() {
        return newer;
    }

    public boolean changed() {
        return !edits.isEmpty();
    }

    public int deletedChars() {
        return edits.stream().mapToInt(e -> e.olderEnd() - e.olderStart()).sum();
    }

    public int insertedChars() {
        return edits.stream().mapToInt(e -> e.newerEnd() - e.newerStart()).sum();
    }

    List<Edit> edits() {
        return edits;
    }

    /** True if an edit deletes characters inside, or inserts characters strictly within, one of the older spans. */
    boolean touchesOlder(List<Span> spans) {
        for (Edit e : edits) {
            for (Span s : spans) {
                boolean insertion = e.olderStart() == e.olderEnd();
                if (insertion ? s.start() < e.olderStart() && e.olderStart() < s.end()
                        : e.olderStart() < s.end() && s.start() < e.olderEnd()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if an edit inserts characters inside one of the newer spans. */
    boolean touchesNewer(List<Span> spans) {
        for (Edit e : edits) {
            for (Span s : spans) {
                if (e.newerStart() < s.end() && s.start() < e.newerEnd()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where an older offset lands in the newer text: shifted by the edits before it; an offset
     * inside an edited range lands at that range's start (or end, for a span's end).
     */
    int map(int olderOffset, boolean spanEnd) {
        int shift = 0;
        for (Edit e : edits) {
            int growth = (e.newerEnd() - e.newerStart()) - (e.olderEnd() - e.olderStart());
            boolean insertion = e.olderStart() == e.olderEnd();
            if (insertion && e.olderStart() == olderOffset) {
                // text inserted right at a span's start or end stays outside the span
                return olderOffset + shift + (spanEnd ? 0 : growth);
            }
            if (e.olderEnd() <= olderOffset) {
                shift += growth;
            } else if (e.olderStart() < olderOffset) {
                return spanEnd ? e.newerEnd() : e.newerStart();
            } else {
                break;
            }
        }
        return olderOffset + shift;
    }

    private static List<Edit> edits(String older, String newer) {
        int prefix = 0;
        int max = Math.min(older.length(), newer.length());
        while (prefix < max && older.charAt(prefix) == newer.charAt(prefix)) {
            prefix++;
        }
        // never cut a surrogate pair in two
        if (prefix > 0 && Character.isHighSurrogate(older.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && older.charAt(older.length() - 1 - suffix) == newer.charAt(newer.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(older.charAt(older.length() - suffix))) {
            suffix--;
        }
        String a = older.substring(prefix, older.length() - suffix);
        String b = newer.substring(prefix, newer.length() - suffix);
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        if (a.isEmpty() || b.isEmpty() || a.length() + b.length() > MAX_DIFFED_CHARS) {
            return List.of(new Edit(prefix, prefix + a.length(), prefix, prefix + b.length()));
        }
        int[] aOffsets = offsets(a);
        int[] bOffsets = offsets(b);
        List<Edit> edits = new ArrayList<>();
        for (AbstractDelta<Integer> d : DiffUtils.diff(codePoints(a), codePoints(b)).getDeltas()) {
            int as = d.getSource().getPosition();
            int bs = d.getTarget().getPosition();
            edits.add(new Edit(prefix + aOffsets[as], prefix + aOffsets[as + d.getSource().size()],
                    prefix + bOffsets[bs], prefix + bOffsets[bs + d.getTarget().size()]));
        }
        edits.sort((x, y) -> Integer.compare(x.olderStart(), y.olderStart()));
        return edits;
    }

    private static List<Integer> codePoints(String s) {
        return s.codePoints().boxed().toList();
    }

    /** offsets[i] = char offset of the i-th code point; offsets[count] = length. */
    private static int[] offsets(String s) {
        int[] out = new int[s.codePointCount(0, s.length()) + 1];
        int i = 0;
        for (int at = 0; at < s.length(); at += Character.charCount(s.codePointAt(at))) {
            out[i++] = at;
        }
        out[i] = s.length();
        return out;
    }

    /** Appends text[from, to) as runs of one op, split where the mandatory spans begin and end. */
    private static void add(List<DiffSegment> out, DiffSegment.Op op, String text, int from, int to, List<Span> spans) {
        int at = from;
        while (at < to) {
            boolean inside = inside(spans, at);
            int next = to;
            for (Span s : spans) {
                if (s.start() > at && s.start() < next) {
                    next = s.start();
                }
                if (s.end() > at && s.end() < next) {
                    next = s.end();
                }
            }
            out.add(new DiffSegment(op, text.substring(at, next), inside));
            at = next;
        }
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }
}
