package org.plantrace.ingest.text;

import java.util.Optional;
import java.util.regex.Pattern;
import org.plantrace.ingest.numbering.NumberedLine;
import org.plantrace.ingest.numbering.ItemShape;
import org.plantrace.ingest.numbering.Numbering;
import org.plantrace.ingest.numbering.NumberingStyle;

/**
 * One line of a plain-text plan, cleaned of Word debris and classified.
 *
 * @param number   1-based line number in the source, for the parse report
 * @param text     the line without debris, leading and trailing white space
 * @param indented the source line began with white space (Word exports indent some headings)
 * @param debris   how many {@code [bookmark: …]} fragments were removed
 * @param toc      a {@code _Toc} bookmark was among them: Word put this paragraph in a table of
 *                 contents, so it is a chapter, section or article heading, not a list item
 */
record SourceLine(int number, String text, boolean indented, int debris, boolean toc, LineType type,
                  Optional<NumberedLine> numbered) {

    /** Word bookmarks that a Word-to-text export writes inline: [bookmark: _Toc128754285]. */
    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^\\]\\n]*\\]");
    /** A title is short and has no sentence punctuation; a body sentence ends in 。 or ；. */
    static final int MAX_TITLE_LENGTH = ItemShape.MAX_TITLE_LENGTH;

    static SourceLine of(int number, String raw) {
        int debris = 0;
        String cleaned = raw;
        if (raw.indexOf("[bookmark:") >= 0) {
            var m = DEBRIS.matcher(raw);
            while (m.find()) {
                debris++;
            }
            cleaned = DEBRIS.matcher(raw).replaceAll("");
        }
        boolean toc = debris > 0 && raw.contains("[bookmark: _Toc");
        boolean indented = !cleaned.isEmpty() && isSpace(cleaned.charAt(0));
        String text = strip(cleaned);
        if (text.isEmpty()) {
            return new SourceLine(number, text, indented, debris, toc, LineType.BLANK, Optional.empty());
        }
        Optional<NumberedLine> numbered = Numbering.parse(text);
        LineType type;
        if (numbered.isPresent()) {
            String rest = numbered.get().rest();
            NumberingStyle style = numbered.get().style();
            if (rest.isEmpty() && (style == NumberingStyle.CHAPTER || style == NumberingStyle.SECTION)) {
                type = LineType.HEADING; // 第4节 with its title lost is still a section
            } else if (rest.isEmpty()) {
                type = LineType.EMPTY_HEADING;
            } else if (isTitle(rest)) {
                type = LineType.HEADING;
            } else {
                type = LineType.NUMBERED_PARAGRAPH;
            }
        } else if (indented && text.length() <= 12 && isTitle(text)) {
            type = LineType.PLAIN_TITLE;
        } else {
            type = LineType.BODY;
        }
        return new SourceLine(number, text, indented, debris, toc, type, numbered);
    }

    static boolean isTitle(String s) {
        return ItemShape.isTitle(s);
    }

    /** The title of a heading line, with the white space inside a spaced-out title removed (前  言). */
    String title() {
        String t = numbered.map(NumberedLine::rest).orElse(text);
        return t.replaceAll("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})", "");
    }

    String location() {
        return "第 " + number + " 行";
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }

    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
