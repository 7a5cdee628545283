package org.plantrace.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plantrace.ingest.numbering.ItemShape;

/**
 * Joins lines into paragraphs and headings. A line continues the previous one when the previous
 * one ran to the right margin, this one starts at the left margin (a first line is indented), the
 * two look alike, and they are one line apart (or the previous one ended a page). Wrapped
 * Chinese lines are joined without a space.
 */
final class BlockBuilder {
    private final BodyMetrics metrics;

    BlockBuilder(BodyMetrics metrics) {
        this.metrics = metrics;
    }

    List<Block> build(List<TextLine> lines) {
        List<Block> blocks = new ArrayList<>();
        List<TextLine> group = new ArrayList<>();
        PdfTable table = null;
        for (TextLine line : lines) {
            if (line.table != null) {
                if (!group.isEmpty()) {
                    interpret(group, blocks);
                    group = new ArrayList<>();
                }
                table = continued(table, line.table, blocks);
                continue;
            }
            table = null;
            if (!group.isEmpty() && !continues(group.get(group.size() - 1), line)
                    && !continuesHeading(group, line)) {
                interpret(group, blocks);
                group = new ArrayList<>();
            }
            group.add(line);
        }
        if (!group.isEmpty()) {
            interpret(group, blocks);
        }
        return blocks;
    }

    /**
     * A table right after a table, on the next page and with as many columns, is the same table
     * broken by the page: its rows join the first part's.
     */
    private static PdfTable continued(PdfTable previous, PdfTable table, List<Block> blocks) {
        PdfTable whole = table;
        if (previous != null && table.page() == previous.page() + 1 && table.columns() == previous.columns()
                && !blocks.isEmpty() && blocks.get(blocks.size() - 1).type() == Block.Type.TABLE) {
            whole = previous.followedBy(table);
            blocks.remove(blocks.size() - 1);
        }
        blocks.add(new Block(Block.Type.TABLE, whole.page(), null, whole.text(), whole.underlined()));
        return whole;
    }

    /**
     * The second line of a numbered heading set in heading type: centred headings do not reach the
     * right margin, and a long one may wrap onto the next page (its running header already gone).
     * It looks like the first line, has no number of its own and follows at heading distance.
     */
    private boolean continuesHeading(List<TextLine> group, TextLine line) {
        TextLine first = group.get(0);
        TextLine previous = group.get(group.size() - 1);
        if (group.size() > 2 || !metrics.emphasisedHead(first) || HeadingNumber.at(first.text).isEmpty()
                || HeadingNumber.at(line.text).isPresent() || !previous.tailStyle().sameLook(line.headStyle())
                || endsSentence(previous.text)) {
            return false;
        }
        if (line.page == previous.page) {
            return line.baseline - previous.baseline <= 2f * previous.size;
        }
        return line.page == previous.page + 1;
    }

    private boolean continues(TextLine previous, TextLine line) {
        if (!previous.tailStyle().sameLook(line.headStyle())) {
            return false;
        }
        if (!metrics.reachesRight(previous) || !metrics.atLeftMargin(line)) {
            return false;
        }
        if (line.page == previous.page) {
            if (line.baseline - previous.baseline > 1.5f * metrics.leading + 0.5f) {
                return false;
            }
        } else if (line.page != previous.page + 1) {
            return false;
        }
        // a heading-looking numbered line starts its own clause even where geometry would allow joining;
        // so does a numbered line after a finished sentence: short paragraphs leave too few wrapped
        // lines to learn the margins from, and a wrapped sentence does not break before "（一）"
        if (HeadingNumber.at(line.text).isEmpty()) {
            return true;
        }
        return !metrics.emphasisedHead(line) && !endsSentence(previous.text);
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && "。；;！？!?：:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private void interpret(List<TextLine> group, List<Block> blocks) {
        TextLine first = group.get(0);
        Optional<HeadingNumber> number = HeadingNumber.at(first.text);
        boolean emphasised = metrics.emphasisedHead(first);
        Joined all = Joined.of(group, 0);
        if (emphasised) {
            int split = splitAfterRunIn(first, number.map(HeadingNumber::end).orElse(0));
            if (number.isPresent()) {
                if (split < 0) {
                    Joined title = all.slice(number.get().end()).trimmed();
                    blocks.add(Block.heading(first.page, number.get(), title.text, title.underlined));
                } else {
                    // run-in heading: "（一）严格保护耕地。" in bold, the body going on after it
                    Joined title = all.slice(number.get().end(), split).trimmed();
                    blocks.add(Block.heading(first.page, number.get(), title.text, title.underlined));
                    addBody(first.page, all.slice(split), blocks);
                }
            } else if (split < 0) {
                blocks.add(new Block(Block.Type.UNNUMBERED_HEADING, first.page, null, all.trimmed().text,
                        all.trimmed().underlined));
            } else {
                addBody(first.page, all, blocks);
            }
            return;
        }
        if (number.isPresent() && number.get().level() <= 3) {
            // 第X章/节/条 in body type: a plain PDF. A short line without a full stop is the title;
            // otherwise the article text runs on after its number, as in law texts
            Joined rest = all.slice(number.get().end()).trimmed();
            boolean titleOnly = group.size() == 1 && !metrics.reachesRight(first)
                    && rest.text.chars().noneMatch(c -> "。；！？".indexOf(c) >= 0);
            if (titleOnly) {
                blocks.add(Block.heading(first.page, number.get(), rest.text, rest.underlined));
            } else {
                blocks.add(Block.heading(first.page, number.get(), "", new boolean[0]));
                addBody(first.page, rest, blocks);
            }
            return;
        }
        if (number.isPresent()) {
            // 一、 （一） 1． in body type: an item typed into the text, divided as every reader divides it
            Joined words = all.slice(number.get().end()).trimmed();
            if (words.text.startsWith("、") || words.text.startsWith("．")) {
                words = words.slice(1).trimmed();
            }
            ItemShape shape = ItemShape.of(words.text);
            Joined title = words.slice(0, shape.headingEnd()).trimmed();
            blocks.add(Block.heading(first.page, number.get(), title.text, title.underlined));
            addBody(first.page, words.slice(shape.bodyStart()), blocks);
            return;
        }
        addBody(first.page, all, blocks);
    }

    private static void addBody(int page, Joined joined, List<Block> blocks) {
        Joined t = joined.trimmed();
        if (!t.text.isEmpty()) {
            blocks.add(new Block(Block.Type.BODY, page, null, t.text, t.underlined));
        }
    }

    /**
     * Where the emphasised lead of a heading line gives way to body type on the same line, or -1
     * when the whole line is emphasised. Characters other than Han (digits, punctuation) do not
     * decide, since they are often set in a Latin font.
     */
    private int splitAfterRunIn(TextLine line, int from) {
        for (int i = from; i < line.text.length(); i++) {
            if (TextLine.isHan(line.text.charAt(i)) && !metrics.emphasised(line.styles[i], true)) {
                return i;
            }
        }
        return -1;
    }

    /** The text of a group of lines with its underline flags; indices of the first line stay valid. */
    private record Joined(String text, boolean[] underlined) {
        static Joined of(List<TextLine> lines, int from) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (TextLine l : lines) {
                n += l.text.length();
            }
            boolean[] flags = new boolean[n];
            int at = 0;
            for (TextLine l : lines) {
                sb.append(l.text);
                System.arraycopy(l.underlined, 0, flags, at, l.underlined.length);
                at += l.text.length();
            }
            return new Joined(sb.toString(), flags).slice(from);
        }

        Joined slice(int from) {
            return slice(from, text.length());
        }

        Joined slice(int from, int to) {
            boolean[] f = new boolean[to - from];
            System.arraycopy(underlined, from, f, 0, to - from);
            return new Joined(text.substring(from, to), f);
        }

        Joined trimmed() {
            int s = 0;
            int e = text.length();
            while (s < e && HeadingNumber.isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && HeadingNumber.isBlank(text.charAt(e - 1))) {
                e--;
            }
            return slice(s, e);
        }
    }
}
