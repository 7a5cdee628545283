package org.plantrace.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plantrace.search.FacetValue;
import org.plantrace.search.SearchHit;
import org.plantrace.search.SearchResult;
import org.plantrace.search.SortOrder;
import org.plantrace.web.view.ClauseLink;
import org.plantrace.web.view.OutlineEntry;
import org.plantrace.web.view.PlanIndex;

/**
 * What the search page shows for one result, built without Faces so it can be unit-tested: hits
 * with their display titles and chapter paths, facet options with the address that applies or
 * removes them, the active filters, pages and orders.
 */
public final class SearchView {
    /** How many page numbers the pager shows around the current one. */
    static final int PAGE_WINDOW = 2;

    /** {@code citation}: 第十七条 标题（第三章第一节） for a clause of the shown plan (issue #14.1), else empty. */
    public record Hit(String href, ClauseLink link, String kind, String title, List<String> path,
                      String snippetHtml, boolean mandatory, String citation, boolean firstLoose) {
        /**
         * A clause below the article level (an item) is cited by its article (第十三条第二项 标题（…）),
         * whose title is not its own: its own numbered title is shown too.
         */
        public boolean ownTitleToo() {
            return link != null && !link.untitled() && !citation.isEmpty() && !citation.contains(link.heading());
        }
    }

    public record Option(String label, int count, String href, boolean active) {
    }

    public record Facet(String key, String label, List<Option> options) {
    }

    /** An applied filter; following {@code href} removes it. */
    public record Chip(String label, String href) {
    }

    public record PageLink(String label, String href, boolean current) {
    }

    /**
     * A place, control line or indicator the query names; {@code href} searches its clauses, and
     * finds {@code count} of them. An indicator carries the figures its clauses state.
     */
    public record RelatedLink(String key, String kindLabel, String name, long count, String href, List<String> figures) {
    }

    private final SearchParameters params;
    private final SearchResult result;
    private final PlanIndex plan;
    private final String base;
    private final Map<String, Placed> placed = new HashMap<>();
    private final FacetLabels labels;
    private final java.util.ResourceBundle texts;

    /** A clause as the outline shows it, with the titles of its ancestors. */
    private record Placed(ClauseLink link, List<String> path) {
    }

    /** @param plan the published plan as the reading pages show it, for numbered titles; may be null */
    public SearchView(SearchParameters params, SearchResult result, PlanIndex plan, String base) {
        this(params, result, plan, base, org.plantrace.web.i18n.LocaleChoice.CHINESE);
    }

    /** In the reader's language: facet headings, values and the pager (issue #14.9). */
    public SearchView(SearchParameters params, SearchResult result, PlanIndex plan, String base, java.util.Locale locale) {
        this.labels = new FacetLabels(locale);
        this.texts = java.util.ResourceBundle.getBundle(FacetLabels.BUNDLE, locale);
        this.params = params;
        this.result = result;
        this.plan = plan;
        this.base = base;
        if (plan != null) {
            place(plan.outline(), List.of());
        }
    }

    /** Titles and paths from the outline: the same numbering the reading pages show. */
    private void place(List<OutlineEntry> entries, List<String> path) {
        for (OutlineEntry e : entries) {
            placed.put(e.link().uid(), new Placed(e.link(), path));
            List<String> deeper = new ArrayList<>(path);
            deeper.add(e.link().title());
            place(e.children(), List.copyOf(deeper));
        }
    }

    public long getTotal() {
        return result.total();
    }

    public int getPageCount() {
        return (int) Math.max(1, (result.total() + SearchParameters.PAGE_SIZE - 1) / SearchParameters.PAGE_SIZE);
    }

    public List<Hit> getHits() {
        List<Hit> out = new ArrayList<>();
        // where the loose matches begin in the whole list (the close ones rank first), when they are shown
        long looseFrom = params.more() && result.close() > 0 && result.close() < result.total() ? result.close() : -1;
        long rank = (long) (params.page() - 1) * SearchParameters.PAGE_SIZE;
        for (SearchHit h : result.hits()) {
            // a hit from another plan of the chain (a township plan) is cited at its own plan's address
            boolean otherPlan = plan != null && !plan.summary().code().equals(h.plan());
            Placed shown = otherPlan ? null : placed.get(h.uid());
            ClauseLink link = shown == null ? null : shown.link();
            List<String> path = shown == null ? h.path() : shown.path();
            String title = link != null ? link.title() : (h.heading().isBlank() ? ClauseLink.untitledWord() : h.heading());
            String href = base + (link != null ? link.path()
                    : otherPlan ? org.plantrace.web.authoring.PlanPaths.clause(h.plan(), h.version(), h.uid())
                    : clausePath(h.uid()));
            String citation = link == null ? "" : plan.citations().label(h.uid());
            out.add(new Hit(href, link, labels.value("kind", h.kind()), title, path,
                    SnippetHtml.safe(h.snippet()), h.mandatory(), citation, rank++ == looseFrom));
        }
        return out;
    }

    /** {@code /clause/{uid}}, encoded as {@link ClauseLink#path()} does, for a hit the index does not show. */
    static String clausePath(String uid) {
        return "/clause/" + java.net.URLEncoder.encode(uid, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the query names, each leading to the clauses linked to it (the filter alone, no words). */
    public List<RelatedLink> getRelated() {
        List<RelatedLink> out = new ArrayList<>();
        for (org.plantrace.search.Related r : result.related()) {
            String href = new SearchParameters("", Map.of(r.key(), List.of(r.name())), 1, null).href(base);
            out.add(new RelatedLink(r.key(), labels.key(r.key()), r.name(), r.count(), href, r.figures()));
        }
        return out;
    }

    /** The facets with at least one value, in {@link SearchParameters#FILTER_KEYS} order. */
    public List<Facet> getFacets() {
        List<Facet> out = new ArrayList<>();
        Map<String, List<FacetValue>> facets = result.facets();
        for (String key : SearchParameters.FILTER_KEYS) {
            List<FacetValue> values = new ArrayList<>(facets.getOrDefault(key, List.of()));
            if (values.isEmpty()) {
                continue;
            }
            values.sort(order(key));
            List<Option> options = values.stream().map(v -> option(key, v)).toList();
            out.add(new Facet(key, labels.key(key), options));
        }
        return out;
    }

    private Option option(String key, FacetValue v) {
        boolean active = params.hasFilter(key, v.value());
        SearchParameters target = active ? params.withoutFilter(key, v.value()) : params.withFilter(key, v.value());
        return new Option(label(key, v.value()), v.count(), target.href(base), active);
    }

    private String label(String key, String value) {
        if ("chapter".equals(key)) {
            return chapter(value).map(ClauseLink::title).orElse(value);
        }
        return labels.value(key, value);
    }

    /** Chapters as the plan reads, kinds as they nest, the rest by count. */
    private Comparator<FacetValue> order(String key) {
        return switch (key) {
            case "chapter" -> Comparator.comparingInt(v -> chapterRank(v.value()));
            case "kind" -> Comparator.comparingInt(v -> FacetLabels.kindRank(v.value()));
            default -> Comparator.comparingInt(FacetValue::count).reversed();
        };
    }

    private int chapterRank(String heading) {
        List<OutlineEntry> top = plan == null ? List.of() : plan.outline();
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).link().heading().equals(heading)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private Optional<ClauseLink> chapter(String heading) {
        return plan == null ? Optional.empty() : plan.outline().stream().map(OutlineEntry::link)
                .filter(l -> l.heading().equals(heading)).findFirst();
    }

    /** The applied filters, each with the address without it. */
    public List<Chip> getChips() {
        List<Chip> out = new ArrayList<>();
        params.filters().forEach((key, values) -> values.forEach(v -> out.add(
                new Chip(labels.key(key) + texts.getString("facet.chipColon") + label(key, v), params.withoutFilter(key, v).href(base)))));
        return out;
    }

    /** First, previous, a window around the current page, next; empty when one page holds all. */
    public List<PageLink> getPages() {
        int count = getPageCount();
        int current = Math.min(params.page(), count);
        List<PageLink> out = new ArrayList<>();
        if (count <= 1) {
            return out;
        }
        if (current > 1) {
            out.add(new PageLink(texts.getString("pager.previous"), params.withPage(current - 1).href(base), false));
        }
        int from = Math.max(1, current - PAGE_WINDOW);
        int to = Math.min(count, current + PAGE_WINDOW);
        if (from > 1) {
            out.add(new PageLink("1", params.withPage(1).href(base), false));
            if (from > 2) {
                out.add(new PageLink("…", null, false));
            }
        }
        for (int p = from; p <= to; p++) {
            out.add(new PageLink(Integer.toString(p), params.withPage(p).href(base), p == current));
        }
        if (to < count) {
            if (to < count - 1) {
                out.add(new PageLink("…", null, false));
            }
            out.add(new PageLink(Integer.toString(count), params.withPage(count).href(base), false));
        }
        if (current < count) {
            out.add(new PageLink(texts.getString("pager.next"), params.withPage(current + 1).href(base), false));
        }
        return out;
    }

    /** Loose matches left out of this list (issue #14.4): shown behind “更多相关结果”. */
    public long getHiddenLoose() {
        return result.hiddenLoose();
    }

    /** The same search with the loose matches after the close ones. */
    public String getMoreHref() {
        return params.withMore().href(base);
    }

    /** How many close matches lead the list (the loose ones follow when shown). */
    public long getCloseCount() {
        return result.close();
    }

    public String getRelevanceHref() {
        return params.withSort(SortOrder.RELEVANCE).href(base);
    }

    public String getDocumentOrderHref() {
        return params.withSort(SortOrder.DOCUMENT_ORDER).href(base);
    }
}
