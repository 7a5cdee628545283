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
}
