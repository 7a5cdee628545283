package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 3: reading creates no HTTP session. Every anonymous page view used to create one
 * (5,000 cookie-less requests left 5,222 sessions); now only the sign-in form, which needs one for
 * its form state, does.
 */
class ReaderSessionsIT {
    private static final String BASE = Browser.baseUrl();
    private static final String TOWNSHIP = "%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87";

    @Test
    void anonymousReadingSetsNoSessionCookie() {
        Matcher m = Pattern.compile("data-uid=\"([^\"]+)\"").matcher(RawHttp.send(RawHttp.request("/").GET()).body());
        assertTrue(m.find());
        String uid = m.group(1);
        List<String> pages = List.of("/", "/clause/" + uid, "/search?q=%E8%80%95%E5%9C%B0", "/search?q=%E8%80%95%E5%9C%B0&mandatory=true",
                "/checklist", "/checklist?township=" + TOWNSHIP, "/checklist/file?township=" + TOWNSHIP + "&format=json",
                "/plans", "/plans/hunyuan-2021-2035", "/plans/hunyuan-2021-2035/1", "/plans/hunyuan-2021-2035/1/clauses/" + uid,
                "/geo/clause/" + uid + ".json", "/no-such-page", "/clause/no-such-clause", "/findings", "/admin/accounts.xhtml",
                "/lang?to=en&back=/");
        List<String> withSession = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String page : pages) {
                // a fresh client each time, as a crawler without cookies would be
                HttpResponse<String> r = RawHttp.send(RawHttp.request(page).GET());
                assertTrue(r.statusCode() < 500, page + " " + r.statusCode());
                if (r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))) {
                    withSession.add(page + " (" + r.statusCode() + ")");
                }
            }
        }
        assertEquals(List.of(), withSession, "pages that created a session for an anonymous reader");
        // the sign-in form needs one for its form state, and still gets it
        HttpResponse<String> signin = RawHttp.send(RawHttp.request("/signin").GET());
        assertTrue(signin.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")));
    }

    @Test
    void signingInStillWorksAndTheHeaderShowsWhoIsSignedIn() {
        WebSession reviewer = WebSession.signedIn(BASE, "reviewer");
        String home = reviewer.get("/").body();
        assertTrue(home.contains(SignIn.displayName("reviewer")), "the header names who is signed in");
        assertEquals(200, reviewer.get("/plans/hunyuan-2021-2035/audit").statusCode());
    }
}
