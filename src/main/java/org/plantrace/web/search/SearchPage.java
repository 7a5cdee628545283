package org.plantrace.web.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plantrace.search.SearchResult;
import org.plantrace.search.SortOrder;
import org.plantrace.web.PublishedPlans;
import org.plantrace.web.startup.StartupReport;
import org.plantrace.web.view.PlanIndex;

/**
 * {@code /search?q=…}: the public search. Every outcome is a page, never an error: search
 * unavailable, a query the parser refused and a failure while searching each become a message in
 * Chinese; no query shows examples; no hits shows advice.
 */
@Named("search")
@RequestScoped
public class SearchPage {
    private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());

    @Inject
    SearchIndex index;
    @Inject
    PublishedPlans plans;
    @Inject
    SearchSuggestions suggestions;

    private SearchParameters params = SearchParameters.from(java.util.Map.of());
    private String base = "";
    private SearchView view;
    private String unavailable;
    private String rejected;

    @PostConstruct
    void load() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        run(SearchParameters.from(ec.getRequestParameterValuesMap()), ec.getRequestContextPath());
    }

    void run(SearchParameters asked, String contextPath) {
        params = asked;
        base = contextPath;
        unavailable = index.unavailable().orElse(null);
        if (unavailable != null || params.empty()) {
            return;
        }
        SearchResult result;
        try {
            result = index.search(params.toRequest());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search failed: " + params, e);
            unavailable = org.plantrace.web.i18n.Texts.say(org.plantrace.domain.message.Message.of("search.failed", StartupReport.briefly(e)));
            return;
        }
        if (!result.accepted()) {
            rejected = org.plantrace.web.i18n.Texts.say(result.reason());
            return;
        }
        long pages = (result.total() + SearchParameters.PAGE_SIZE - 1) / SearchParameters.PAGE_SIZE;
        if (result.hits().isEmpty() && params.page() > pages && pages > 0) {
            // an old or hand-edited address past the end: show the last page rather than nothing
            params = params.withPage((int) pages);
            result = index.search(params.toRequest());
        }
        view = new SearchView(params, result, publishedPlan(), base, org.plantrace.web.i18n.Words.locale());
    }

    /** The plan as the reading pages show it (numbered titles); the hits can do without it. */
    private PlanIndex publishedPlan() {
        try {
            return plans.current().orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "published plan unreadable; search shows plain headings", e);
            return null;
        }
    }

    public String getQuery() {
        return params.query();
    }

    public SearchParameters getParams() {
        return params;
    }

    /** A search ran and its result is shown (possibly with no hits). */
    public boolean isSearched() {
        return view != null;
    }

    public SearchView getView() {
        return view;
    }

    public boolean isNoResults() {
        return view != null && view.getTotal() == 0;
    }

    public String getUnavailable() {
        return unavailable;
    }

    /** The search layer's message for a query it could not read, in Chinese. */
    public String getRejected() {
        return rejected;
    }

    /** Nothing asked yet: the page offers examples. */
    public boolean isBlank() {
        return params.empty();
    }

    /** The page shown, 1-based, never beyond the last. */
    public int getPage() {
        return view == null ? params.page() : Math.min(params.page(), view.getPageCount());
    }

    public boolean isByDocumentOrder() {
        return params.sort() == SortOrder.DOCUMENT_ORDER;
    }

    /**
     * For a query in English or pinyin, the Chinese terms to try (the page says the plan is searched
     * in Chinese); empty for a Chinese query.
     */
    public List<String> getForeignTerms() {
        if (suggestions == null || params.empty()) {
            return List.of();
        }
        return suggestions.forForeign(params.query()).orElse(List.of());
    }

    public List<String> getExamples() {
        return SearchSuggestions.EXAMPLES;
    }

    /** The address of a search for an example word. */
    public String exampleHref(String word) {
        return new SearchParameters(word, null, 1, null).href(base);
    }
}
