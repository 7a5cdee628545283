package org.plantrace.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The reader's language: the {@value #COOKIE} cookie if it names a supported language, else
 * Chinese. Accept-Language is deliberately ignored: the site is Chinese first, and an English
 * browser in a Chinese planning office should not switch the official texts' surroundings.
 */
public final class LocaleChoice {
    public static final String COOKIE = "plantrace-lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages offered; the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private LocaleChoice() {
    }

    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return parse(c.getValue());
                }
            }
        }
        return CHINESE;
    }

    /** "en" is English, anything else Chinese. */
    public static Locale parse(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : CHINESE;
    }

    /** The cookie value for a locale: "en" or "zh". */
    public static String tag(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh";
    }
}
