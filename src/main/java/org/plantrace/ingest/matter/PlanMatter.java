package org.plantrace.ingest.matter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plantrace.ingest.numbering.ItemShape;

/**
 * Tells the front and back matter of a plan document from its text: the cover (title, 规划文本,
 * 征求意见稿, institute, date), the contents page (目录, lines ending in a page number after dots or
 * a tab), the preamble (前言) and the appendices (附表, 附录, 名词解释). The words come from
 * {@code plan-matter.tsv} next to this class. Shared by the Word and PDF readers.
 */
public final class PlanMatter {
    /** A contents line: an entry, then dot leaders, a tab or spaces, then a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(
            "^(.{1,80}?)(?:\\t+|[\\s　]*[.．·…‥・。]{2,}[\\s　]*|[\\s　]{2,})(?:[-－—]\\s*)?([0-9０-９]{1,3}|[ivxIVX]{1,5})(?:\\s*[-－—])?$");

    private static final List<String> CONTENTS = new ArrayList<>();
    private static final List<String> PREAMBLE = new ArrayList<>();
    private static final List<String> APPENDIX = new ArrayList<>();
    private static final List<String> GLOSSARY = new ArrayList<>();
    private static final List<String> DRAFT = new ArrayList<>();
    private static final Pattern APPENDIX_HEADING;

    static {
        try (InputStream in = PlanMatter.class.getResourceAsStream("plan-matter.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<String> list = switch (cols[0]) {
                    case "contents" -> CONTENTS;
                    case "preamble" -> PREAMBLE;
                    case "appendix" -> APPENDIX;
                    case "glossary" -> GLOSSARY;
                    case "draft" -> DRAFT;
                    default -> throw new IllegalStateException("plan-matter.tsv: unknown role " + cols[0]);
                };
                list.add(cols[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        APPENDIX_HEADING = Pattern.compile("^((?:" + String.join("|", APPENDIX)
                + ")\\s*[0-9０-９一二三四五六七八九十]{0,3})[\\s　:：、．.-]*(.*)$");
    }

    private PlanMatter() {
    }

    /** An appendix heading split into its label (附表1, 附录) and title; the label is empty for 名词解释. */
    public record Appendix(String label, String title) {
    }

    /** The text without white space, as headings are spaced out on covers (目　录, 前  言). */
    public static String letters(String text) {
        return text.replaceAll("[\\s\u3000\u00a0]+", "");
    }

    public static boolean isContentsHeading(String text) {
        return CONTENTS.contains(letters(text));
    }

    public static boolean isPreambleHeading(String text) {
        return PREAMBLE.contains(letters(text));
    }

    /** A line of a contents page: an entry with a page number after dot leaders or a tab. */
    public static boolean isContentsLine(String text) {
        return CONTENTS_LINE.matcher(text.strip()).matches();
    }

    /** A stage or kind of the document on its cover (规划文本, （征求意见稿）). */
    public static boolean isDraftLine(String text) {
        String t = letters(text).replaceAll("^[（(【\\[]|[）)】\\]]$", "");
        return DRAFT.contains(t);
    }

    /** A short line without sentence punctuation: the cover's title, subtitle, institute or date. */
    public static boolean isCoverLine(String text) {
        String t = text.strip();
        return !t.isEmpty() && ItemShape.isTitle(t) && t.indexOf('，') < 0 && t.indexOf(',') < 0;
    }

    /** A plan's name: 《…》 or a line naming a 规划, short and without sentence punctuation. */
    public static boolean looksLikePlanTitle(String text) {
        String t = text.strip();
        return isCoverLine(t) && t.length() <= 60 && ((t.startsWith("《") && t.endsWith("》")) || t.contains("规划"))
                && !isDraftLine(t);
    }

    /** The heading of back matter (附表1 规划指标表, 附录 名词解释, 名词解释), if the line is one. */
    public static Optional<Appendix> appendix(String text) {
        String t = text.strip();
        if (!isCoverLine(t)) {
            return Optional.empty();
        }
        if (GLOSSARY.contains(letters(t))) {
            return Optional.of(new Appendix("", letters(t)));
        }
        // matched without white space: covers space headings out (附　表, 附录　名词解释)
        Matcher m = APPENDIX_HEADING.matcher(letters(t));
        if (m.matches()) {
            return Optional.of(new Appendix(m.group(1), m.group(2).strip()));
        }
        return Optional.empty();
    }
}
