package org.plantrace.web.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.clause.MandatoryProvenance;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanVersion;

/**
 * One plan version prepared for reading: the outline, and every clause addressable by its durable
 * id with its ancestors and its neighbours in reading order. Built once per version (a published
 * version does not change), so a page view costs a map look-up, not a tree walk.
 */
public final class PlanIndex {
    /** How much of a clause's text stands in for a missing heading. */
    private static final int EXCERPT_CHARS = 28;

    private final PlanVersion version;
    private final List<Clause> reading = new ArrayList<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Clause> parent = new HashMap<>();
    private final List<OutlineEntry> outline;
    private final PlanSummary summary;

    public PlanIndex(PlanVersion version) {
        this.version = version;
        ClauseTree.walk(version.clauses(), (c, p) -> {
            if (c.uid() == null || c.uid().isEmpty()) {
                // no durable id, no address: a reader that left one out is reported at ingest, not here
                return;
            }
            position.put(c.uid(), reading.size());
            reading.add(c);
            if (p != null) {
                parent.put(c.uid(), p);
            }
        });
        this.outline = entries(version.clauses());
        this.summary = summarize(version);
    }

    public PlanVersion version() {
        return version;
    }

    public PlanSummary summary() {
        return summary;
    }

    public List<OutlineEntry> outline() {
        return outline;
    }

    /** The clause page for this uid, or empty when no clause of this version has it. */
    public Optional<ClauseView> clause(String uid) {
        Integer at = uid == null ? null : position.get(uid);
        if (at == null) {
            return Optional.empty();
        }
        Clause c = reading.get(at);
        List<ClauseLink> crumbs = new ArrayList<>();
        for (Clause p = parent.get(uid); p != null; p = parent.get(p.uid())) {
            crumbs.add(0, link(p));
        }
        List<ClauseLink> children = c.children().stream().filter(PlanIndex::addressable).map(PlanIndex::link).toList();
        return Optional.of(new ClauseView(
                link(c), c.eId(), c.num(), c.heading(), provenance(c), c.location(),
                MandatoryText.paragraphs(c), crumbs, children,
                at > 0 ? link(reading.get(at - 1)) : null,
                at + 1 < reading.size() ? link(reading.get(at + 1)) : null));
    }

    private static List<OutlineEntry> entries(List<Clause> clauses) {
        List<OutlineEntry> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (addressable(c)) {
                out.add(new OutlineEntry(link(c), entries(c.children())));
            }
        }
        return out;
    }

    private static boolean addressable(Clause c) {
        return c.uid() != null && !c.uid().isEmpty();
    }

    static ClauseLink link(Clause c) {
        return new ClauseLink(c.uid(), c.kind().chineseName(), title(c), c.mandatory());
    }

    /** The table-of-contents title; an untitled item is named by the start of its text. */
    static String title(Clause c) {
        String t = c.displayTitle().strip();
        if (!c.heading().isBlank()) {
            return t;
        }
        String text = c.text().strip();
        int nl = text.indexOf('\n');
        if (nl >= 0) {
            text = text.substring(0, nl);
        }
        if (text.length() > EXCERPT_CHARS) {
            text = text.substring(0, EXCERPT_CHARS) + "…";
        }
        if (text.isEmpty()) {
            return t.isEmpty() ? "（无标题" + c.kind().chineseName() + "）" : t + "（无标题）";
        }
        return t.isEmpty() ? text : t + " " + text;
    }

    private static String provenance(Clause c) {
        MandatoryProvenance p = c.mandatoryProvenance();
        if (p == null) {
            return "";
        }
        return switch (p) {
            case UNDERLINE -> "原文下划线";
            case MANUAL -> "人工标注";
            case SUGGESTED -> "规则建议，待确认";
        };
    }

    private PlanSummary summarize(PlanVersion v) {
        Plan plan = v.plan();
        int mandatory = (int) reading.stream().filter(Clause::mandatory).count();
        String source = v.sourceName() == null ? "" : v.sourceName();
        String lower = source.toLowerCase(Locale.ROOT);
        boolean plainText = lower.endsWith(".txt") || lower.endsWith(".text");
        return new PlanSummary(plan.code(), plan.name(), plan.level().label(), plan.region(), plan.period(),
                "第 " + v.number() + " 版", v.status().label(), source, reading.size(), mandatory,
                mandatory > 0, plainText);
    }
}
