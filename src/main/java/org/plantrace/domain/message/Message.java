package org.plantrace.domain.message;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * A message for a person as a key and its arguments. The key's first segment names the bundle
 * ({@code authoring.notDraft} → {@code org/plantrace/messages/authoring.properties}); {@code {0}},
 * {@code {1}}… are replaced by the arguments as they are, without MessageFormat, so that numbers
 * keep the form they had when the texts were concatenated (2035, not 2,035) and an apostrophe in a
 * text needs no escaping. An argument that is itself a {@code Message} is rendered in the same
 * language, a {@code List} as its items joined by {@code common.separator}; plan content (clause text, names, figures) is passed as a plain string and never
 * translated.
 */
public record Message(String key, List<Object> args) {
    /** The directory of the bundles, as a bundle base-name prefix. */
    public static final String BUNDLES = "org.plantrace.messages.";
    /** The language of {@link #toString()}: the command line, logs and files. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        if (key == null || key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("a message key is <area>.<name>: " + key);
        }
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The bundle's base name for a key: its first segment under {@link #BUNDLES}. */
    public static String bundleOf(String key) {
        return BUNDLES + key.substring(0, key.indexOf('.'));
    }

    /** The text in {@code locale}, enum arguments by their own {@code label()}. */
    public String in(Locale locale) {
        return in(locale, (value, l) -> label(value));
    }

    /**
     * The text in {@code locale}; {@code words} gives the word for an enum argument (the web passes
     * its bundle's words for statuses and kinds, so they too are in the reader's language).
     */
    public String in(Locale locale, BiFunction<Object, Locale, String> words) {
        String pattern = pattern(key, locale);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < args.size() ? render(args.get(n), locale, words) : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The Chinese text: what the command line, logs and exceptions' {@code getMessage()} say. */
    public String chinese() {
        return in(CHINESE);
    }

    @Override
    public String toString() {
        return chinese();
    }

    /** The pattern for {@code key} in {@code locale}; a missing text shows as {@code ???key???} rather than failing. */
    public static String pattern(String key, Locale locale) {
        try {
            // no fallback to the JVM's locale: Chinese is the base file, whatever the server's language
            return ResourceBundle.getBundle(bundleOf(key), locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    private static String render(Object arg, Locale locale, BiFunction<Object, Locale, String> words) {
        if (arg instanceof Message m) {
            return m.in(locale, words);
        }
        if (arg instanceof Enum<?>) {
            return words.apply(arg, locale);
        }
        if (arg instanceof List<?> list) {
            // a list of any length, joined as the language joins a list of statements ("；" or "; ")
            StringBuilder out = new StringBuilder();
            for (Object item : list) {
                out.append(out.isEmpty() ? "" : pattern("common.separator", locale)).append(render(item, locale, words));
            }
            return out.toString();
        }
        return String.valueOf(arg);
    }

    /** The value's own {@code label()} or {@code chineseName()} (the domain's Chinese word), else its name. */
    private static String label(Object value) {
        if (!(value instanceof Enum<?> e)) {
            return String.valueOf(value);
        }
        for (String method : new String[] {"label", "chineseName"}) {
            try {
                Object label = e.getDeclaringClass().getMethod(method).invoke(e);
                return label == null ? e.name() : label.toString();
            } catch (ReflectiveOperationException | RuntimeException noLabel) {
                // try the next name the domain uses for its Chinese word
            }
        }
        return e.name();
    }
}
