package org.plantrace.web.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.web.i18n.LocaleChoice;
import org.plantrace.web.i18n.Words;

/**
 * Names for the facet keys and for the coded values (kind, mandatory, has_indicator, level), in the
 * reader's language: keys {@code facet.<key>} and {@code facet.<key>.<value>} of the search bundle
 * (issue #14.9); kinds and levels are the common words of {@link Words}.
 */
final class FacetLabels {
    static final String BUNDLE = "org.plantrace.web.i18n.Search";

    private final ResourceBundle texts;
    private final Locale locale;

    FacetLabels(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** In Chinese: for views built without a reader (tests, the command line). */
    static FacetLabels chinese() {
        return new FacetLabels(LocaleChoice.CHINESE);
    }

    String key(String key) {
        return text("facet." + key, key);
    }

    String value(String key, String value) {
        return switch (key) {
            case "kind" -> Arrays.stream(ClauseKind.values()).filter(k -> k.jsonName().equals(value))
                    .findFirst().map(k -> Words.word(k, locale)).orElse(value);
            // not "非强制性": a plain-text source loses the underlines, so unmarked is not the same as not binding
            case "mandatory", "has_indicator" -> text("facet." + key + "." + ("true".equals(value) ? "true" : "false"), value);
            case "level" -> PlanLevel.ofCode(value).map(l -> Words.word(l, locale)).orElse(value);
            default -> value;
        };
    }

    private String text(String key, String fallback) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** Kinds sort as the plan nests them (章 before 节 before 条), others by their value. */
    static int kindRank(String value) {
        for (ClauseKind k : ClauseKind.values()) {
            if (k.jsonName().equals(value)) {
                return k.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
