package org.plantrace.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A whole-number request parameter — a version, a page of a list — as the pages read it: absent,
 * a number from 1 to 999,999,999, or malformed ({@code abc}, {@code 1.5}, {@code -5}, {@code 0},
 * {@code 99999999999}). Pages take such parameters as text and judge them in their view action,
 * <em>after</em> the permission check: a Faces converter would fail before the view action runs,
 * skip the check and render a page whose bean was never loaded (issue #15 item 6).
 */
public record NumberParameter(String raw, Integer value) {
    private static final int MAX_DIGITS = 9;

    public static NumberParameter of(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return new NumberParameter(null, null);
        }
        if (s.length() > MAX_DIGITS || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new NumberParameter(s, null);
        }
        int n = Integer.parseInt(s);
        return new NumberParameter(s, n > 0 ? n : null);
    }

    public boolean absent() {
        return raw == null;
    }

    public boolean malformed() {
        return raw != null && value == null;
    }

    /** The text for a link or a view parameter: the number, or what was sent. */
    public String text() {
        return value != null ? value.toString() : raw;
    }

    /** Ends a Faces request with an error status; the container shows the app's error page. */
    public static void refuse(FacesContext faces, int status) {
        try {
            if (!faces.getExternalContext().isResponseCommitted()) {
                faces.getExternalContext().responseSendError(status, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
