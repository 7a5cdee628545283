package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.ingest.ParseWarning;
import org.plantrace.ingest.matter.PlanMatter;

/**
 * Takes the cover and the contents page out of a PDF's lines, after the title: a first page whose
 * lines are all short and unnumbered is a cover (规划文本, （征求意见稿）, institute, date — and the
 * plan's name when the title was not found in larger type), and a 目录 line with the contents
 * lines after it (dot leaders, page numbers) is a contents page. Neither becomes a clause; the parse
 * report says what was left out.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    record Result(List<TextLine> body, String title, List<ParseWarning> warnings) {
    }

    /** {@code title} is the title found so far, or null when there was none but the file name. */
    static Result strip(List<TextLine> lines, String title) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<TextLine> rest = new ArrayList<>(lines);
        String found = title;
        if (!rest.isEmpty() && isCover(rest, rest.get(0).page)) {
            int page = rest.get(0).page;
            List<String> cover = new ArrayList<>();
            while (!rest.isEmpty() && rest.get(0).page == page) {
                String t = rest.remove(0).text.strip();
                if (found == null && PlanMatter.looksLikePlanTitle(t)) {
                    found = t;
                } else {
                    cover.add(t);
                }
            }
            warnings.add(new ParseWarning(OutlineAssembler.location(page), "封面文字未作为条文：" + String.join(" / ", cover)));
        }
        for (int i = 0; i < rest.size(); i++) {
            if (PlanMatter.isContentsHeading(rest.get(i).text)) {
                int page = rest.get(i).page;
                int end = i + 1;
                while (end < rest.size() && PlanMatter.isContentsLine(rest.get(end).text)) {
                    end++;
                }
                rest.subList(i, end).clear();
                warnings.add(new ParseWarning(OutlineAssembler.location(page),
                        "已跳过目录（" + (end - i - 1) + " 行）：目录重复各级标题，不是规划条文"));
                break;
            }
        }
        return new Result(rest, found, warnings);
    }

    /** Every line of the page is a short unnumbered line, and none opens the plan's text. */
    private static boolean isCover(List<TextLine> lines, int page) {
        int n = 0;
        for (TextLine l : lines) {
            if (l.page != page) {
                break;
            }
            String t = l.text.strip();
            if (!PlanMatter.isCoverLine(t) || HeadingNumber.at(t).isPresent() || PlanMatter.isContentsHeading(t)
                    || PlanMatter.isPreambleHeading(t)) {
                return false;
            }
            n++;
        }
        // a page of its own: the text goes on on a later page
        return n > 0 && n < lines.size();
    }
}
