package org.plantrace.application.authoring;

import static org.plantrace.application.authoring.DraftStore.checkRevision;

import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.authoring.Restructuring.Restructured;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.clause.Span;
import org.plantrace.domain.message.Message;
import org.plantrace.ingest.identity.DurableIds;

/**
 * One clause cut in two, or two neighbours made one: the text moves between clauses, so the
 * mandatory spans move with it (a span never silently widens to text that was not mandatory, nor
 * disappears), and sub-clauses follow so that the reading order stays the same.
 */
final class SplitAndMerge {
    private final Restructuring frame;

    SplitAndMerge(Restructuring frame) {
        this.frame = frame;
    }

    Clause split(Actor actor, String planCode, int version, String uid, long expectedRevision, int offset) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return frame.run(actor, "拆分条款", planCode, version, (work, tree) -> {
            Clause first = tree.find(uid);
            checkRevision(work, version, first, expectedRevision, null, null);
            String text = first.text();
            if (offset <= 0 || offset >= text.length()) {
                throw new AuthoringException(Message.of("authoring.split.where"));
            }
            String before = AuditText.of(first);
            int firstEnd = offset;
            while (firstEnd > 0 && text.charAt(firstEnd - 1) == '\n') {
                firstEnd--;
            }
            int secondStart = offset;
            while (secondStart < text.length() && text.charAt(secondStart) == '\n') {
                secondStart++;
            }
            if (firstEnd == 0 || secondStart == text.length()) {
                throw new AuthoringException(Message.of("authoring.split.empty"));
            }
            boolean whole = first.mandatory() && first.mandatorySpans().isEmpty();
            List<Span> spans = List.copyOf(first.mandatorySpans());
            MandatoryProvenance provenance = first.mandatoryProvenance();
            Clause second = new Clause(first.kind(), "", "");
            second.setText(text.substring(secondStart));
            second.replaceMandatorySpans(MandatorySpans.slice(spans, secondStart, text.length()));
            first.setText(text.substring(0, firstEnd));
            first.replaceMandatorySpans(MandatorySpans.slice(spans, 0, firstEnd));
            first.markMandatory(whole || !first.mandatorySpans().isEmpty() ? provenance : null);
            second.markMandatory(whole || !second.mandatorySpans().isEmpty() ? provenance : null);
            for (Clause child : new ArrayList<>(first.children())) {
                first.removeChild(child);
                second.addChild(child);
            }
            second.setUid(DurableIds.mintNew(second, work.uidsEverUsed()));
            tree.place(second, first, Placement.AFTER);
            return new Restructured(second, before, AuditText.of(first) + "\n——\n" + AuditText.of(second), uid);
        });
    }

    Clause merge(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return frame.run(actor, "合并条款", planCode, version, (work, tree) -> {
            Clause first = tree.find(uid);
            checkRevision(work, version, first, expectedRevision, null, null);
            Clause next = tree.sibling(first, 1);
            if (next == null) {
                throw new AuthoringException(Message.of("authoring.merge.last"));
            }
            if (!first.children().isEmpty()) {
                throw new AuthoringException(Message.of("authoring.merge.children"));
            }
            String before = AuditText.of(first) + "\n——\n" + AuditText.of(next);
            List<Span> spans = new ArrayList<>(wholeAsSpan(first));
            StringBuilder text = new StringBuilder(first.text());
            if (!next.heading().isBlank()) {
                text.append(text.length() > 0 ? "\n" : "").append(next.heading());
            }
            if (!next.text().isEmpty()) {
                text.append(text.length() > 0 ? "\n" : "");
                spans.addAll(MandatorySpans.shift(wholeAsSpan(next), text.length()));
                text.append(next.text());
            }
            MandatoryProvenance provenance = first.mandatory() ? first.mandatoryProvenance() : next.mandatoryProvenance();
            first.setText(text.toString());
            List<Span> merged = MandatorySpans.normalize(spans);
            first.replaceMandatorySpans(merged);
            first.markMandatory(merged.isEmpty() ? null : provenance == null ? MandatoryProvenance.MANUAL : provenance);
            for (Clause child : new ArrayList<>(next.children())) {
                next.removeChild(child);
                first.addChild(child);
            }
            tree.remove(next);
            return new Restructured(first, before, AuditText.of(first), uid);
        });
    }

    /** The clause's mandatory marking as spans: a whole-clause mark covers all its text. */
    private static List<Span> wholeAsSpan(Clause c) {
        if (!c.mandatory()) {
            return List.of();
        }
        return c.mandatorySpans().isEmpty() ? List.of(new Span(0, c.textLength())) : c.mandatorySpans();
    }
}
