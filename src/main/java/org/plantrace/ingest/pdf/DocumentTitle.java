package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.ingest.ParseWarning;

/**
 * Finds the plan's title: the document properties' title, else the large type the first page opens
 * with, else the file name. Title lines on the first page are taken out of the body either way, so
 * that they do not become a paragraph; when they differ from the properties the report says so.
 */
final class DocumentTitle {
    /** Title type is at least this much larger than body type. */
    private static final float TITLE_RATIO = 1.3f;

    private DocumentTitle() {
    }

    /** {@code fromFileName}: neither the properties nor the first page gave a title. */
    record Result(String title, List<TextLine> body, List<ParseWarning> warnings, boolean fromFileName) {
    }

    static Result take(List<TextLine> lines, BodyMetrics metrics, String infoTitle, String fileName) {
        int n = titleLines(lines, metrics);
        StringBuilder onPage = new StringBuilder();
        for (TextLine l : lines.subList(0, n)) {
            onPage.append(l.text.strip());
        }
        List<TextLine> body = new ArrayList<>(lines.subList(n, lines.size()));
        List<ParseWarning> warnings = new ArrayList<>();
        String info = infoTitle == null ? "" : infoTitle.strip();
        String title;
        boolean fromFileName = false;
        if (!info.isEmpty()) {
            title = info;
            if (onPage.length() > 0 && !onPage.toString().equals(info)) {
                warnings.add(new ParseWarning("第 " + lines.get(0).page + " 页",
                        "首页标题“" + onPage + "”与文档属性中的标题“" + info + "”不同，采用文档属性中的标题"));
            }
        } else if (onPage.length() > 0) {
            title = onPage.toString();
        } else {
            int dot = fileName.lastIndexOf('.');
            title = dot > 0 ? fileName.substring(0, dot) : fileName;
            fromFileName = true;
        }
        return new Result(title, body, warnings, fromFileName);
    }

    /** How many opening lines are the title: the largest type in the document, not numbered, one look. */
    private static int titleLines(List<TextLine> lines, BodyMetrics metrics) {
        if (lines.isEmpty()) {
            return 0;
        }
        float largest = 0;
        for (TextLine l : lines) {
            largest = Math.max(largest, l.headStyle().size());
        }
        TextLine first = lines.get(0);
        TextStyle look = first.headStyle();
        if (look.size() < TITLE_RATIO * metrics.body.size() || look.size() < largest - 0.6f
                || HeadingNumber.at(first.text).isPresent()) {
            return 0;
        }
        int n = 1;
        while (n < lines.size() && lines.get(n).page == first.page && lines.get(n).headStyle().sameLook(look)
                && lines.get(n).baseline - lines.get(n - 1).baseline < 2.5f * look.size()
                && HeadingNumber.at(lines.get(n).text).isEmpty()) {
            n++;
        }
        return n;
    }
}
