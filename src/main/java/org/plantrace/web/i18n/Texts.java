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

    /** A message built below the web layer, in the current view's language (issue #14.9). */
    public static String say(org.plantrace.domain.message.Message message) {
        return say(Words.locale(), message);
    }

    /** A message built below the web layer, in the language of a servlet's request. */
    public static String say(jakarta.servlet.http.HttpServletRequest request, org.plantrace.domain.message.Message message) {
        return say(LocaleChoice.of(request), message);
    }

    /** A message in {@code locale}; statuses and other named values in it by the bundle's words. */
    public static String say(java.util.Locale locale, org.plantrace.domain.message.Message message) {
        return message.in(locale, Words::word);
    }

    /**
     * What went wrong, for the reader: an exception that carries its message as a key in the
     * current view's language, any other by its own (Chinese) message.
     */
    public static String say(Throwable failure) {
        return failure instanceof org.plantrace.domain.message.Explained x ? say(x.explanation()) : failure.getMessage();
    }

    /** As {@link #say(Throwable)} in the language of a servlet's request. */
    public static String say(jakarta.servlet.http.HttpServletRequest request, Throwable failure) {
        return failure instanceof org.plantrace.domain.message.Explained x ? say(request, x.explanation()) : failure.getMessage();
    }
}
