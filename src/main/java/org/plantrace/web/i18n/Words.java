package org.plantrace.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words for the domain's named values — version statuses, verdicts, audit actions, clause
 * kinds, roles — in the reader's language (issue #14.9). The domain keeps its Chinese labels for
 * files and the command line; the pages ask here, key {@code enum.<Type>.<NAME>} of the common
 * bundle ({@code #{words.of(v.status)}}), and fall back to the value's own label where the bundle
 * has no word, so a new value shows up in Chinese rather than as a key.
 */
@Named("words")
@ApplicationScoped
public class Words {
    static final String BUNDLE = "org.plantrace.web.i18n.Common";

    /** The word for {@code value} in the current view's language. */
    public String of(Object value) {
        return word(value, locale());
    }

    /** The word for {@code value} in the current view's language, Chinese outside a Faces request. */
    public static String here(Object value) {
        return word(value, locale());
    }

    /** The current view's language; Chinese outside a Faces request (tests, the command line). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? LocaleChoice.CHINESE : faces.getViewRoot().getLocale();
    }

    /** The word for {@code value} in {@code locale}; a value that is not an enum is shown as it is. */
    public static String word(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof Enum<?> e)) {
            return value.toString();
        }
        String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException missing) {
            return label(e);
        }
    }

    /** The value's own {@code label()} (the domain's Chinese word), else its name. */
    private static String label(Enum<?> e) {
        try {
            Object label = e.getClass().getMethod("label").invoke(e);
            return label == null ? e.name() : label.toString();
        } catch (ReflectiveOperationException | RuntimeException noLabel) {
            return e.name();
        }
    }
}
