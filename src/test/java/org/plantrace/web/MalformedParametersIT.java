package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 6: malformed numbers in addresses are refused before anything renders — the
 * permission first (403 for who may not see the page at all), then 400 or 404 — and never give a
 * 200 with half a page or a 500.
 */
class MalformedParametersIT {
    private static final String BASE = Browser.baseUrl();
    private static final String PLAN = "hunyuan-2021-2035";

    private static String firstUid() {
        Matcher m = Pattern.compile("data-uid=\"([^\"]+)\"").matcher(new WebSession(BASE).get("/").body());
        assertTrue(m.find(), "no clause on the home page");
        return m.group(1);
    }

    @Test
    void aMalformedVersionOnTheReviewPageIsRefusedAfterThePermission() {
        String uid = firstUid();
        String page = "/review.xhtml?plan=" + PLAN + "&uid=" + uid;
        WebSession anonymous = new WebSession(BASE);
        assertEquals(403, anonymous.get(page).statusCode());
        assertEquals(403, anonymous.get(page + "&v=abc").statusCode(), "the permission comes first");
        WebSession reviewer = WebSession.signedIn(BASE, "reviewer");
        assertEquals(200, reviewer.get(page + "&v=1").statusCode());
        for (String v : List.of("abc", "1.5", "-1", "99999999999")) {
            HttpResponse<String> r = reviewer.get(page + "&v=" + v);
            assertEquals(400, r.statusCode(), "v=" + v + ": " + r.body());
            RawHttp.assertOwnErrorPage(r, 400);
        }
    }

    @Test
    void aMalformedAuditPageIsRefusedAfterThePermission() {
        String audit = "/plans/" + PLAN + "/audit";
        WebSession anonymous = new WebSession(BASE);
        WebSession drafter = WebSession.signedIn(BASE, "drafter");
        assertEquals(200, drafter.get(audit).statusCode());
        assertEquals(200, drafter.get(audit + "?page=1").statusCode());
        for (String page : List.of("abc", "1.5", "99999999999", "0", "-3")) {
            HttpResponse<String> refused = anonymous.get(audit + "?page=" + page);
            assertEquals(403, refused.statusCode(), "anonymous, page=" + page + ": " + refused.body());
            HttpResponse<String> r = drafter.get(audit + "?page=" + page);
            assertEquals(400, r.statusCode(), "drafter, page=" + page + ": " + r.body());
            RawHttp.assertOwnErrorPage(r, 400);
        }
        // a well-formed page past the end of the trail does not exist
        assertEquals(404, drafter.get(audit + "?page=999999").statusCode());
    }

    @Test
    void aMalformedVersionOfAChecklistIsNotFound() {
        WebSession anonymous = new WebSession(BASE);
        assertEquals(200, anonymous.get("/checklist/file?township=%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87&format=json").statusCode());
        for (String v : List.of("-5", "0", "abc", "1.5")) {
            HttpResponse<String> file = anonymous.get("/checklist/file?township=%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87&format=json&version=" + v);
            assertEquals(404, file.statusCode(), "file, version=" + v);
            HttpResponse<String> page = anonymous.get("/checklist?township=%E7%8E%8B%E5%BA%84%E5%A0%A1%E9%95%87&version=" + v);
            assertEquals(404, page.statusCode(), "page, version=" + v);
        }
    }

    @Test
    void aMalformedNumberOnAnyOtherPageIsABadRequestNotHalfAPage() {
        WebSession drafter = WebSession.signedIn(BASE, "drafter");
        for (String path : List.of("/authoring/version.xhtml?plan=" + PLAN + "&v=abc",
                "/authoring/clause.xhtml?plan=" + PLAN + "&v=1.5&uid=" + firstUid())) {
            HttpResponse<String> r = drafter.get(path);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            RawHttp.assertOwnErrorPage(r, 400);
        }
    }
}
