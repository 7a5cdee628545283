package org.plantrace.web.view;

import org.plantrace.citation.ClauseNumbering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
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
    private final ClauseNumbering numbering;
    private final List<OutlineEntry> outline;
    private final PlanSummary summary;
    private final ClauseAnnotator annotator;
    private final StoredLinks stored;
    /**
     * Links derived from a clause's text, kept per clause: the version's text never changes. Links
     * from the store are never kept here, since a drafter's decision must show on the next view.
     */
    private final Map<String, ClauseLinks> derived = new ConcurrentHashMap<>();
    /** Built on first use; a second build by a racing request gives the same labels. */
    private volatile org.plantrace.citation.Citations citations;

    public PlanIndex(PlanVersion version) {
        this(version, ClauseAnnotator.forPlan(version.plan().code()));
    }

    public PlanIndex(PlanVersion version, ClauseAnnotator annotator) {
        this(version, annotator, StoredLinks.NONE);
    }

    public PlanIndex(PlanVersion version, ClauseAnnotator annotator, StoredLinks stored) {
        this.version = version;
        this.annotator = annotator;
        this.stored = stored;
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
        this.numbering = ClauseNumbering.of(version.clauses());
        this.outline = entries(version.clauses());
        this.summary = summarize(version);
    }

    public PlanVersion version() {
        return version;
    }

    /** The version's clauses cited as planners cite them (第十六条 标题（第三章第一节）, issue #14.1), kept with the index. */
    public org.plantrace.citation.Citations citations() {
        org.plantrace.citation.Citations c = citations;
        if (c == null) {
            c = org.plantrace.citation.Citations.of(version.clauses());
            citations = c;
        }
        return c;
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
        List<ClauseLink> children = c.children().stream().filter(PlanIndex::addressable).map(this::link).toList();
        return Optional.of(new ClauseView(
                link(c), c.eId(), c.num(), c.mandatoryProvenance(), c.location(),
                links(c), crumbs, children,
                at > 0 ? link(reading.get(at - 1)) : null,
                at + 1 < reading.size() ? link(reading.get(at + 1)) : null));
    }

    /**
     * The clause's links: the store's effective links, read on every call; derived from the text
     * (computed on first view and kept, bounded by the clause count) when the store has none for it.
     */
    public Optional<ClauseLinks> links(String uid) {
        Integer at = uid == null ? null : position.get(uid);
        return at == null ? Optional.empty() : Optional.of(links(reading.get(at)));
    }

    private ClauseLinks links(Clause c) {
        return stored.effective(version.plan().code(), version.number(), c.uid())
                .map(effective -> annotator.annotate(c, effective))
                .orElseGet(() -> derived.computeIfAbsent(c.uid(), u -> annotator.annotate(c)));
    }

    private List<OutlineEntry> entries(List<Clause> clauses) {
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

    ClauseLink link(Clause c) {
        String heading = c.heading().strip();
        String excerpt = "";
        if (heading.isEmpty()) {
            String start = excerpt(c.text());
            if (namedByItsText(c)) {
                heading = start;
            } else {
                excerpt = start;
            }
        }
        boolean empty = c.heading().isBlank() && c.text().isBlank() && c.children().isEmpty();
        return new ClauseLink(c.uid(), c.kind().chineseName(), numbering.of(c), heading, excerpt, c.mandatory(), empty);
    }

    /**
     * An item, sub-item, paragraph or table without a heading is a numbered sentence or a block of
     * text: its text is what it says, so it is named by it. A chapter, section or article without
     * one lost its title; its text is its introduction and must not pose as the title.
     */
    private static boolean namedByItsText(Clause c) {
        return c.kind().level() == 0 || c.kind().level() >= ClauseKind.ITEM.level();
    }

    /** The first line of a text, cut to {@link #EXCERPT_CHARS}. */
    static String excerpt(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl).strip();
        }
        return s.length() > EXCERPT_CHARS ? s.substring(0, EXCERPT_CHARS) + "…" : s;
    }

    private PlanSummary summarize(PlanVersion v) {
        Plan plan = v.plan();
        int mandatory = (int) reading.stream().filter(Clause::mandatory).count();
        String source = v.sourceName() == null ? "" : v.sourceName();
        String lower = source.toLowerCase(Locale.ROOT);
        boolean plainText = lower.endsWith(".txt") || lower.endsWith(".text");
        return new PlanSummary(plan.code(), plan.name(), plan.level().label(), plan.region(), plan.period(),
                v.number(), v.status().label(), source, reading.size(), mandatory,
                mandatory > 0, plainText, numberingNote());
    }

    /** One line for the home page when numbers were derived; null when every number is the source's. */
    private org.plantrace.domain.message.Message numberingNote() {
        if (!numbering.anyDerived()) {
            return null;
        }
        return numbering.flattened()
                .map(num -> org.plantrace.domain.message.Message.of("index.numbering.flattened", num))
                .orElse(org.plantrace.domain.message.Message.of("index.numbering.derived"));
    }
}
