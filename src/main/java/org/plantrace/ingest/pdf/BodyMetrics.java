package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of the document's body text, learned from the text itself because PDFs do not say
 * them: the body style (the one most characters are set in), the left and right margins of body
 * lines, and the usual distance between their baselines. Headings are what differs from the body.
 */
final class BodyMetrics {
    final TextStyle body;
    final float leftMargin;
    final float rightMargin;
    final float leading;

    private BodyMetrics(TextStyle body, float leftMargin, float rightMargin, float leading) {
        this.body = body;
        this.leftMargin = leftMargin;
        this.rightMargin = rightMargin;
        this.leading = leading;
    }

    static BodyMetrics of(List<List<TextLine>> pages) {
        Map<TextStyle, Integer> chars = new HashMap<>();
        for (List<TextLine> page : pages) {
            for (TextLine l : page) {
                for (int i = 0; i < l.text.length(); i++) {
                    if (TextLine.isHan(l.text.charAt(i))) {
                        chars.merge(l.styles[i], 1, Integer::sum);
                    }
                }
            }
        }
        TextStyle body = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(TextStyle.of(12, false, ""));
        Map<Integer, Integer> lefts = new HashMap<>();
        List<Float> rights = new ArrayList<>();
        Map<Integer, Integer> gaps = new HashMap<>();
        for (List<TextLine> page : pages) {
            TextLine previous = null;
            for (TextLine l : page) {
                boolean isBody = l.headStyle().sameLook(body);
                if (isBody) {
                    lefts.merge(Math.round(l.left), 1, Integer::sum);
                    rights.add(l.right);
                    if (previous != null) {
                        int gap = Math.round((l.baseline - previous.baseline) * 2);
                        if (gap > 0 && gap < 6 * body.size()) {
                            gaps.merge(gap, 1, Integer::sum);
                        }
                    }
                }
                previous = isBody ? l : null;
            }
        }
        // the smallest left edge that many lines share: continuation lines, not centred headings
        int left = lefts.entrySet().stream().filter(e -> e.getValue() >= 3).mapToInt(Map.Entry::getKey).min()
                .orElse(lefts.keySet().stream().mapToInt(Integer::intValue).min().orElse(0));
        Collections.sort(rights);
        float right = rights.isEmpty() ? Float.MAX_VALUE : rights.get((int) Math.floor(0.9 * (rights.size() - 1)));
        float leading = gaps.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                .orElse(1.5f * body.size());
        return new BodyMetrics(body, left, right, leading);
    }

    /** Set larger, bolder or (for Han text) in another family than the body: a heading look. */
    boolean emphasised(TextStyle s, boolean han) {
        if (s.size() > body.size() + 0.6f) {
            return true;
        }
        if (s.bold() && !body.bold()) {
            return true;
        }
        return han && !s.family().equals(body.family()) && s.size() >= body.size() - 0.6f;
    }

    boolean emphasisedHead(TextLine l) {
        return emphasised(l.headStyle(), l.hasHan());
    }

    /** The line runs to the right margin, so the paragraph may go on in the next line. */
    boolean reachesRight(TextLine l) {
        return l.right >= rightMargin - 1.5f * Math.max(l.size, body.size());
    }

    boolean atLeftMargin(TextLine l) {
        return Math.abs(l.left - leftMargin) <= 0.5f * Math.max(l.size, body.size());
    }
}
