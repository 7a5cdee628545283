package org.plantrace.search.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.plantrace.citation.ClauseNumbering;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.analysis.TextFields;

/** Turns a version's clauses into one document each, in document order. */
final class ClauseDocuments {
    /** Facet value for a clause without a heading (the untitled sections of the seed). */
    static final String UNTITLED = "（无标题）";
    /**
     * A heading without text (实施耕地保护 over its articles) matches its words in the heading field,
     * the strongest one, yet states nothing: it goes behind the clauses that say what the words mean.
     */
    static final double HEADING_ONLY_WEIGHT = 0.5;

    private final FacetsConfig facets = ClauseFields.facetsConfig();
    private final ClauseLinks links;

    ClauseDocuments(ClauseLinks links) {
        this.links = links;
    }

    List<Document> of(PlanVersion version) {
        return of(version, null);
    }

    /**
     * The documents of the clauses named by durable id and of everything under them (a heading is
     * part of its descendants' path and chapter facet); all clauses when {@code uids} is null.
     * Order and article numbers are computed over the whole version, as for a full indexing.
     */
    List<Document> of(PlanVersion version, Set<String> uids) {
        Map<Clause, Clause> parents = new IdentityHashMap<>();
        ClauseTree.walk(version.clauses(), (c, parent) -> parents.put(c, parent));
        List<Document> out = new ArrayList<>();
        int order = 0;
        java.util.function.Function<Clause, ClauseLinks.Facts> facts = uids == null ? links.forVersion(version)
                : links.forClauses(version, uids);
        ClauseNumbering numbering = ClauseNumbering.of(version.clauses());
        for (Clause c : ClauseTree.flatten(version.clauses())) {
            List<Clause> ancestors = ancestors(c, parents);
            int position = order++;
            if (uids != null && !named(c, ancestors, uids)) {
                continue;
            }
            Document d = document(version, c, ancestors, position, facts.apply(c));
            ArticleNumbers.ofDisplay(numbering.of(c).text())
                    .ifPresent(n -> d.add(new StringField(ClauseFields.ARTICLE, Integer.toString(n), Field.Store.NO)));
            out.add(d);
        }
        return out;
    }

    private static boolean named(Clause c, List<Clause> ancestors, Set<String> uids) {
        return uids.contains(c.uid()) || ancestors.stream().anyMatch(a -> uids.contains(a.uid()));
    }

    private static List<Clause> ancestors(Clause c, Map<Clause, Clause> parents) {
        List<Clause> path = new ArrayList<>();
        for (Clause p = parents.get(c); p != null; p = parents.get(p)) {
            path.add(0, p);
        }
        return path;
    }

    private Document document(PlanVersion version, Clause c, List<Clause> ancestors, int order, ClauseLinks.Facts facts) {
        String plan = version.plan().code();
        String status = version.status().name().toLowerCase();
        Document d = new Document();
        keyword(d, ClauseFields.ID, plan + "/" + version.number() + "/" + c.eId());
        keyword(d, ClauseFields.UID, nullToEmpty(c.uid()));
        keyword(d, ClauseFields.EID, nullToEmpty(c.eId()));
        keyword(d, ClauseFields.PLAN, plan);
        d.add(new SortedDocValuesField(ClauseFields.PLAN, new BytesRef(plan)));
        keyword(d, ClauseFields.LEVEL, version.plan().level().code());
        keyword(d, ClauseFields.VERSION, Integer.toString(version.number()));
        d.add(new NumericDocValuesField(ClauseFields.VERSION, version.number()));
        keyword(d, ClauseFields.PLAN_VERSION, ClauseFields.planVersion(plan, version.number()));
        keyword(d, ClauseFields.STATUS, status);
        keyword(d, ClauseFields.KIND, c.kind().jsonName());
        keyword(d, ClauseFields.MANDATORY, Boolean.toString(c.mandatory()));
        String chapter = label((ancestors.isEmpty() ? c : ancestors.get(0)).heading());
        keyword(d, ClauseFields.CHAPTER, chapter);
        d.add(new NumericDocValuesField(ClauseFields.ORDER, order));
        d.add(new DoubleDocValuesField(ClauseFields.WEIGHT, c.text().isBlank() ? HEADING_ONLY_WEIGHT : 1.0));
        d.add(new StoredField(ClauseFields.ORDER, order));

        d.add(new TextField(TextFields.HEADING, c.heading(), Field.Store.YES));
        d.add(new TextField(TextFields.HEADING_TERMS, c.heading(), Field.Store.NO));
        d.add(new TextField(TextFields.TEXT, c.text(), Field.Store.YES));
        d.add(new TextField(TextFields.TEXT_TERMS, c.text(), Field.Store.NO));
        List<String> path = ancestors.stream().map(Clause::heading).toList();
        d.add(new TextField(TextFields.PATH, String.join(" ", path), Field.Store.NO));
        d.add(new TextField(TextFields.PATH_TERMS, String.join(" ", path), Field.Store.NO));
        path.forEach(h -> d.add(new StoredField(ClauseFields.PATH_ITEM, h)));

        d.add(new SortedSetDocValuesFacetField(ClauseFields.PLAN, plan));
        d.add(new SortedSetDocValuesFacetField(ClauseFields.LEVEL, version.plan().level().code()));
        d.add(new SortedSetDocValuesFacetField(ClauseFields.CHAPTER, chapter));
        d.add(new SortedSetDocValuesFacetField(ClauseFields.KIND, c.kind().jsonName()));
        d.add(new SortedSetDocValuesFacetField(ClauseFields.MANDATORY, Boolean.toString(c.mandatory())));
        addLinks(d, facts);
        try {
            return facets.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The Links issue's fields: filterable, faceted. With a link source every clause says whether it
     * states an indicator; without one ({@link ClauseLinks#NONE}) nothing is added, so that the facet
     * does not claim "no indicator" of clauses nobody looked at.
     */
    private void addLinks(Document d, ClauseLinks.Facts facts) {
        for (String township : facts.townships()) {
            keyword(d, ClauseFields.TOWNSHIP, township);
            d.add(new SortedSetDocValuesFacetField(ClauseFields.TOWNSHIP, township));
        }
        facts.townshipSpellings().forEach((written, canonical) ->
                d.add(new StringField(ClauseFields.TOWNSHIP_SPELLING, written + "\t" + canonical, Field.Store.NO)));
        for (String line : facts.controlLines()) {
            keyword(d, ClauseFields.CONTROL_LINE, line);
            d.add(new SortedSetDocValuesFacetField(ClauseFields.CONTROL_LINE, line));
        }
        for (String indicator : facts.indicators()) {
            d.add(new TextField(ClauseFields.INDICATOR, indicator, Field.Store.YES));
            d.add(new StringField(ClauseFields.INDICATOR_NAME, indicator, Field.Store.NO));
        }
        for (ClauseLinks.Figure f : facts.figures()) {
            d.add(new StoredField(ClauseFields.INDICATOR_FIGURE, f.indicator() + "\t" + f.text()));
        }
        if (links != ClauseLinks.NONE) {
            String has = Boolean.toString(!facts.indicators().isEmpty());
            keyword(d, ClauseFields.HAS_INDICATOR, has);
            d.add(new SortedSetDocValuesFacetField(ClauseFields.HAS_INDICATOR, has));
        }
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
    }

    private static String label(String heading) {
        return heading.isBlank() ? UNTITLED : heading;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
