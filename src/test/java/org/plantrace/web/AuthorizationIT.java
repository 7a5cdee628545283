package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every GET-reachable page that needs a permission, opened as the public and as each role: 200
 * where the independently written expectation (expected-permissions.tsv) allows the page's action,
 * 403 where it does not. The pages and their actions are listed in protected-pages.tsv.
 */
class AuthorizationIT {
    private static final String BASE = Browser.baseUrl();
    private static final List<String> WHO = List.of("PUBLIC", "admin", "drafter", "reviewer");

    @Test
    void everyProtectedPageAnswersAsThePermissionTableSays() throws IOException {
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        sessions.put("PUBLIC", new WebSession(BASE));
        for (String user : WHO.subList(1, WHO.size())) {
            sessions.put(user, WebSession.signedIn(BASE, user));
        }
        Map<String, boolean[]> expected = expected();
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("data-uid=\"([^\"]+)\"")
                .matcher(sessions.get("PUBLIC").get("/").body());
        String uid = first.find() ? first.group(1) : "no-clause-on-the-home-page";
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String[] page : rows("/org/plantrace/web/protected-pages.tsv", 2)) {
            boolean[] may = expected.get(page[1]);
            for (int i = 0; i < WHO.size(); i++) {
                HttpResponse<String> r = sessions.get(WHO.get(i)).get(page[0].replace("{uid}", uid));
                int want = may[i] ? 200 : 403;
                checked++;
                if (r.statusCode() != want) {
                    wrong.add(page[0] + " as " + WHO.get(i) + ": " + r.statusCode() + ", expected " + want
                            + " (" + page[1] + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, checked + " checks");
    }

    /** expected-permissions.tsv: action → may (public, admin, drafter, reviewer). */
    private static Map<String, boolean[]> expected() throws IOException {
        Map<String, boolean[]> may = new LinkedHashMap<>();
        for (String[] row : rows("/org/plantrace/domain/account/expected-permissions.tsv", 5)) {
            boolean[] cells = new boolean[4];
            for (int i = 0; i < 4; i++) {
                cells[i] = row[i + 1].equals("y");
            }
            may.put(row[0], cells);
        }
        return may;
    }

    private static List<String[]> rows(String resource, int cells) throws IOException {
        try (InputStream in = AuthorizationIT.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.strip().split("\t");
                    assertEquals(cells, row.length, line);
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
