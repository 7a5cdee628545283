package org.plantrace.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link to a clause: its durable id (the address {@code /clause/{uid}}), what it is (章, 节 …)
 * and its title as the table of contents shows it.
 */
public record ClauseLink(String uid, String kind, String title, boolean mandatory) {

    /** The clause page's address inside the app, {@code /clause/{uid}}, the uid percent-encoded. */
    public String path() {
        return "/clause/" + URLEncoder.encode(uid, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
