package org.plantrace.web.authoring;

import org.plantrace.web.i18n.Texts;

/**
 * What the page says after a change and its redirect ({@code ?done=saved}): the redirect keeps a
 * reload from repeating the change, and the word in the address keeps the message with it. The
 * messages are {@code done.<word>} of the authoring bundle, in the reader's language (issue #14.9).
 */
final class Done {
    private Done() {
    }

    /** The message for the word, or null for none or a word no change leaves (nothing is shown then). */
    static String message(String key) {
        if (key == null || !key.matches("[a-z-]{1,40}")) {
            return null;
        }
        String text = Texts.in("org.plantrace.web.i18n.Authoring", "done." + key);
        return text.startsWith("???") ? null : text;
    }
}
