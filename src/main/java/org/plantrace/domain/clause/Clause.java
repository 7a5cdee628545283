package org.plantrace.domain.clause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One clause of a plan text and its sub-clauses.
 *
 * <p>{@code heading} is the title without its number ({@code 划定生态保护红线}); {@code num} is the
 * number as the source writes it ({@code 第1节}, {@code 1．}, {@code （一）}), empty where the source
 * lost it. {@code text} is the clause's own body text, without that of its children; paragraphs
 * are separated by {@code '\n'}. Mandatory spans index into {@code text}.
 *
 * <p>Two identifiers: {@code eId}, the readable path ({@code chp_3__sec_1__art_2}), which changes
 * when the text is renumbered, and {@code uid}, the durable id, which survives renumbering and
 * re-import (the Akoma Ntoso eId / wId pair).
 */
public class Clause {
    private ClauseKind kind;
    private String num = "";
    private String heading = "";
    private final StringBuilder text = new StringBuilder();
    private String eId;
    private String uid;
    private boolean mandatory;
    private MandatoryProvenance mandatoryProvenance;
    private final List<Span> mandatorySpans = new ArrayList<>();
    private final List<Clause> children = new ArrayList<>();
    /** Where the clause starts in its source: "第 91 行", "第 12 段", "第 3 页". */
    private String location = "";
    /**
     * How many times this clause's content has been saved in its version: the optimistic lock of
     * authoring. A drafter's save names the revision it started from; a different stored revision
     * means another drafter saved in between. 0 for a clause not read from the store.
     */
    private long revision;

    public Clause(ClauseKind kind, String num, String heading) {
        this.kind = Objects.requireNonNull(kind);
        this.num = num == null ? "" : num;
        this.heading = heading == null ? "" : heading;
    }

    public ClauseKind kind() {
        return kind;
    }

    public void setKind(ClauseKind kind) {
        this.kind = Objects.requireNonNull(kind);
    }

    public String num() {
        return num;
    }

    public void setNum(String num) {
        this.num = num == null ? "" : num;
    }

    public String heading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading == null ? "" : heading;
    }

    public String text() {
        return text.toString();
    }

    public int textLength() {
        return text.length();
    }

    /** Replaces the body text; mandatory spans are cleared because they index into the old text. */
    public void setText(String newText) {
        text.setLength(0);
        text.append(newText == null ? "" : newText);
        mandatorySpans.clear();
    }

    /**
     * Appends one paragraph of body text (a '\n' goes between paragraphs) and returns the offset
     * at which it starts, so that a reader can place underline spans inside it.
     */
    public int appendParagraph(String paragraph) {
        if (text.length() > 0) {
            text.append('\n');
        }
        int start = text.length();
        text.append(paragraph);
        return start;
    }

    public String eId() {
        return eId;
    }

    public void setEId(String eId) {
        this.eId = eId;
    }

    public String uid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    /** True only for provenance underline or manual: a suggestion is not yet mandatory. */
    public boolean mandatory() {
        return mandatory;
    }

    public MandatoryProvenance mandatoryProvenance() {
        return mandatoryProvenance;
    }

    /** Marks (or, with null, unmarks) the clause mandatory; suggested never counts as mandatory. */
    public void markMandatory(MandatoryProvenance provenance) {
        this.mandatoryProvenance = provenance;
        this.mandatory = provenance != null && provenance.countsAsMandatory();
    }

    public List<Span> mandatorySpans() {
        return Collections.unmodifiableList(mandatorySpans);
    }

    /** Adds an underlined range, merging it with ranges it touches, and marks the clause mandatory. */
    public void addMandatorySpan(Span span) {
        if (span.length() == 0) {
            return;
        }
        List<Span> merged = new ArrayList<>();
        int start = span.start();
        int end = span.end();
        for (Span s : mandatorySpans) {
            if (s.end() < start || s.start() > end) {
                merged.add(s);
            } else {
                start = Math.min(start, s.start());
                end = Math.max(end, s.end());
            }
        }
        merged.add(new Span(start, end));
        Collections.sort(merged);
        mandatorySpans.clear();
        mandatorySpans.addAll(merged);
        if (mandatoryProvenance == null || mandatoryProvenance == MandatoryProvenance.SUGGESTED) {
            markMandatory(MandatoryProvenance.UNDERLINE);
        }
    }

    public List<Clause> children() {
        return Collections.unmodifiableList(children);
    }

    public void addChild(Clause child) {
        children.add(Objects.requireNonNull(child));
    }

    public void removeChild(Clause child) {
        children.remove(child);
    }

    /** Inserts a sub-clause at a position among the children (0 = first). */
    public void insertChild(int index, Clause child) {
        children.add(index, Objects.requireNonNull(child));
    }

    public String location() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location == null ? "" : location;
    }

    public long revision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }

    /** Replaces all mandatory spans (already merged and sorted by the caller); the flag is left as it is. */
    public void replaceMandatorySpans(List<Span> spans) {
        mandatorySpans.clear();
        mandatorySpans.addAll(spans);
        Collections.sort(mandatorySpans);
    }

    /** Heading with its number, as a person reads it in a table of contents. */
    public String displayTitle() {
        if (num.isEmpty()) {
            return heading;
        }
        return heading.isEmpty() ? num : num + " " + heading;
    }

    @Override
    public String toString() {
        return kind.jsonName() + " " + displayTitle();
    }
}
