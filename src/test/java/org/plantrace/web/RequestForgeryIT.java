package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 items 7, 8 and 10 over plain HTTP: a form state from another page is a refusal, not a
 * 500; nothing changes on GET; a POST from another site is refused by its Origin or Referer; a
 * large body from someone who may not upload is refused before it is read.
 */
class RequestForgeryIT {
    private static final String BASE = Browser.baseUrl();
    private static final String ACCOUNTS = "/admin/accounts.xhtml";

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }

    private static boolean exists(String username) {
        return SecurityIT.accounts(WebSession.signedIn(BASE, "admin").get(ACCOUNTS).body()).contains(username);
    }

    @Test
    void aDrafterPostingTheAdminFormWithAnotherPagesStateIsRefused() {
        WebSession drafter = WebSession.signedIn(BASE, "drafter");
        // the sign-out form of the home page: a real state of this session, for another view
        String homeState = WebSession.viewState(drafter.get("/").body()).orElseThrow();
        String name = unique("stolen");
        HttpResponse<String> r = drafter.post(ACCOUNTS, SecurityIT.createFields(name, "ADMIN", "stolen-password-1", homeState));
        assertEquals(403, r.statusCode(), r.body());
        assertFalse(exists(name), "the account was created");
    }

    @Test
    void anActionSentAsAGetDoesNotRun() {
        WebSession admin = WebSession.signedIn(BASE, "admin");
        String state = WebSession.viewState(admin.get(ACCOUNTS).body()).orElseThrow();
        String name = unique("viaget");
        String query = WebSession.encode(SecurityIT.createFields(name, "ADMIN", "via-get-password-1", state));
        HttpResponse<String> r = admin.get(ACCOUNTS + "?" + query);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 405, r.statusCode() + " " + r.body());
        assertFalse(exists(name), "a GET created an account");
        // the same form as a POST works, so the refusal is about the method alone
        String again = WebSession.viewState(admin.get(ACCOUNTS).body()).orElseThrow();
        HttpResponse<String> ok = admin.post(ACCOUNTS, SecurityIT.createFields(name, "REVIEWER", "via-post-password-1", again),
                Map.of("Origin", BASE));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(exists(name));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedByItsOriginOrReferer() {
        WebSession admin = WebSession.signedIn(BASE, "admin");
        for (Map<String, String> headers : java.util.List.of(Map.of("Origin", "http://evil.example"),
                Map.of("Origin", "null"), Map.of("Referer", "http://evil.example/page"),
                Map.of("Origin", "http://evil.example", "Referer", BASE + "/"))) {
            String state = WebSession.viewState(admin.get(ACCOUNTS).body()).orElseThrow();
            String name = unique("crosssite");
            HttpResponse<String> r = admin.post(ACCOUNTS, SecurityIT.createFields(name, "ADMIN", "cross-site-password-1", state), headers);
            assertEquals(403, r.statusCode(), headers + " " + r.body());
            RawHttp.assertHeaders(r, headers.toString());
            assertFalse(exists(name), headers + " created an account");
        }
        String state = WebSession.viewState(admin.get(ACCOUNTS).body()).orElseThrow();
        String name = unique("samesite");
        HttpResponse<String> ok = admin.post(ACCOUNTS, SecurityIT.createFields(name, "REVIEWER", "same-site-password-1", state),
                Map.of("Referer", BASE + ACCOUNTS));
        assertEquals(200, ok.statusCode());
        assertTrue(exists(name));
    }

    @Test
    void aLargeUploadFromSomeoneWhoMayNotUploadIsRefusedBeforeItIsRead() {
        assertRefusedUnread(null);
        WebSession reviewer = WebSession.signedIn(BASE, "reviewer");
        assertRefusedUnread(reviewer.sessionId().orElseThrow());
    }

    /**
     * Declares a 120 MB multipart body, sends only its first bytes and waits for the answer: a
     * server that read the body before refusing would not answer in time.
     */
    private static void assertRefusedUnread(String sessionId) {
        URI base = URI.create(BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /upload.xhtml?plan=hunyuan-2021-2035 HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: " + (120 << 20) + "\r\n"
                    + (sessionId == null ? "" : "Cookie: JSESSIONID=" + sessionId + "\r\n") + "\r\n"
                    + "--XX\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"plan.txt\"\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[64 << 10]);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), (sessionId == null ? "anonymous: " : "reviewer: ") + answer);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer before the body was sent", e);
        }
    }
}
