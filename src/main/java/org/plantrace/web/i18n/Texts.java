package org.plantrace.web.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts for beans, from the same bundle the pages read as {@code msg}, in the view's language. */
public final class Texts {
    /** The faces-config.xml name of the common bundle. */
    public static final String BUNDLE = "msg";

    private Texts() {
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}… filled in by MessageFormat. */
    public static String get(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, BUNDLE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing text must show up in review, not break the page
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    /**
     * The text for {@code key} of the bundle {@code baseName} (e.g. {@code org.plantrace.web.i18n.Checklist})
     * in the current view's language, Chinese outside a Faces request; for texts beans build
     * (issue #14.9). {@code {0}}… filled in by MessageFormat.
     */
    public static String in(String baseName, String key, Object... args) {
        return in(Words.locale(), baseName, key, args);
    }

    /**
     * As {@link #in(String, String, Object...)} in the language of a servlet's request (the reader's
     * choice, see {@link LocaleChoice#of}): for the plain-text answers of file and JSON servlets.
     */
    public static String in(jakarta.servlet.http.HttpServletRequest request, String baseName, String key, Object... args) {
        return in(LocaleChoice.of(request), baseName, key, args);
    }

    private static String in(java.util.Locale locale, String baseName, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
