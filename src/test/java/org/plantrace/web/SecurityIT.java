package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Accounts, authorization, CSRF and headers over plain HTTP against the running app (jetty:start
 * with the test accounts of it-accounts.tsv): status codes, cookies and what changed are checked
 * directly, without a browser in between.
 */
class SecurityIT {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String BASE = Browser.baseUrl();
    private static final Pattern ACCOUNT = Pattern.compile("data-username=\"([^\"]+)\"");

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebSession anonymous = new WebSession(BASE);
        WebSession admin = WebSession.signedIn(BASE, "admin");
        List<HttpResponse<String>> responses = List.of(anonymous.get("/"), anonymous.get("/signin"),
                anonymous.get("/search?q=%E8%80%95%E5%9C%B0"), anonymous.get("/clause/no-such-clause"),
                anonymous.get("/admin/accounts.xhtml"), anonymous.get("/jakarta.faces.resource/plantrace.css.xhtml?ln=css"),
                anonymous.get("/lang?to=zh&back=/"), admin.get("/admin/accounts.xhtml"), admin.get("/password.xhtml"));
        List<Integer> statuses = new ArrayList<>();
        for (HttpResponse<String> r : responses) {
            String where = r.request().uri() + " (" + r.statusCode() + ")";
            statuses.add(r.statusCode());
            assertEquals(CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), where);
            assertFalse(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("unsafe"), where);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), where);
            assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(null), where);
        }
        assertEquals(List.of(200, 200, 200, 404, 403, 200, 302, 200, 200), statuses);
    }

    @Test
    void aLargeBodyIsRefusedWhereNoFileIsUploaded() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("padding", "x".repeat(3 << 20));
        HttpResponse<String> r = new WebSession(BASE).post("/signin.xhtml", fields);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("提交的内容过大"), r.body());
        // a long clause is a large form, but not too large: 1 MB of percent-encoded Chinese passes
        fields.put("padding", "规划".repeat(40_000));
        HttpResponse<String> ok = new WebSession(BASE).post("/signin.xhtml", fields);
        assertEquals(200, ok.statusCode());
    }

    @Test
    void theStaticErrorPageNeedsNoInlineStyle() {
        WebSession s = new WebSession(BASE);
        HttpResponse<String> page = s.get("/error.html");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<style") || page.body().contains("style=") || page.body().contains("<script"));
        HttpResponse<String> css = s.get("/resources/css/error.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void theAdminPageIsRefusedToEveryoneButAdmins() {
        HttpResponse<String> anonymous = new WebSession(BASE).get("/admin/accounts.xhtml");
        assertEquals(403, anonymous.statusCode());
        assertTrue(anonymous.body().contains("需要登录"), anonymous.body());
        assertFalse(anonymous.body().contains("data-username"), "the refused page leaked the account list");
        for (String user : List.of("drafter", "reviewer")) {
            HttpResponse<String> r = WebSession.signedIn(BASE, user).get("/admin/accounts.xhtml");
            assertEquals(403, r.statusCode(), user);
            assertTrue(r.body().contains("无权执行此操作"), user);
            assertTrue(r.body().contains(SignIn.displayName(user)), "the 403 page names who is signed in");
            assertFalse(r.body().contains("data-username"), user);
        }
        HttpResponse<String> admin = WebSession.signedIn(BASE, "admin").get("/admin/accounts.xhtml");
        assertEquals(200, admin.statusCode());
        assertTrue(accounts(admin.body()).containsAll(List.of("admin", "drafter", "drafter2", "reviewer")),
                accounts(admin.body()).toString());
    }

    @Test
    void anActionTakenAfterTheRoleWasWithdrawnGets403AndChangesNothing() {
        WebSession admin = WebSession.signedIn(BASE, "admin");
        // unique names, so the test can run again against a server that kept its data
        String deputyName = "deputy" + (System.currentTimeMillis() % 100_000);
        String sneaky = "sneaky" + (System.currentTimeMillis() % 100_000);
        String password = "deputy-password-1";
        create(admin, deputyName, "ADMIN", "one-time-password-1");
        WebSession deputy = new WebSession(BASE);
        HttpResponse<String> r = deputy.signIn(deputyName, "one-time-password-1", null);
        assertEquals(302, r.statusCode());
        assertTrue(location(r).startsWith("/password.xhtml"), "one-time password must be replaced first");
        // not signed in until the one-time password is replaced
        assertEquals(403, deputy.get("/admin/accounts.xhtml").statusCode());
        changePassword(deputy, "one-time-password-1", password);
        HttpResponse<String> page = deputy.get("/admin/accounts.xhtml");
        assertEquals(200, page.statusCode());
        String state = WebSession.viewState(page.body()).orElseThrow();

        setRoles(admin, deputyName, "REVIEWER");
        HttpResponse<String> refused = deputy.post("/admin/accounts.xhtml", createFields(sneaky, "ADMIN", "sneaky-password-1", state));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("无权执行此操作"));
        assertFalse(accounts(admin.get("/admin/accounts.xhtml").body()).contains(sneaky));
        // and the header shows the new role at once
        assertTrue(deputy.get("/").body().contains("审查人员"));
    }

    @Test
    void aPostWithoutTheFormsStateFromThisSessionChangesNothing() {
        WebSession admin = WebSession.signedIn(BASE, "admin");
        HttpResponse<String> page = admin.get("/admin/accounts.xhtml");
        String state = WebSession.viewState(page.body()).orElseThrow();
        WebSession otherAdmin = WebSession.signedIn(BASE, "admin");
        String otherState = WebSession.viewState(otherAdmin.get("/admin/accounts.xhtml").body()).orElseThrow();

        Map<String, String> missing = createFields("csrf1", "ADMIN", "csrf-password-1", null);
        HttpResponse<String> r1 = admin.post("/admin/accounts.xhtml", missing);
        Map<String, String> forged = createFields("csrf2", "ADMIN", "csrf-password-1", "1234567890:-987654321");
        HttpResponse<String> r2 = admin.post("/admin/accounts.xhtml", forged);
        HttpResponse<String> r3 = admin.post("/admin/accounts.xhtml", createFields("csrf3", "ADMIN", "csrf-password-1", otherState));
        // a cross-site request carries no session: the other admin's state with no cookie at all
        HttpResponse<String> r4 = new WebSession(BASE).post("/admin/accounts.xhtml", createFields("csrf4", "ADMIN", "csrf-password-1", state));
        assertEquals(400, r2.statusCode());
        assertEquals(400, r3.statusCode());
        assertTrue(r2.body().contains("页面已过期"), r2.body());
        assertTrue(List.of(200, 400, 403).contains(r1.statusCode()), "no state: " + r1.statusCode());
        assertTrue(List.of(400, 403).contains(r4.statusCode()), "no session: " + r4.statusCode());

        List<String> names = accounts(admin.get("/admin/accounts.xhtml").body());
        for (String refused : List.of("csrf1", "csrf2", "csrf3", "csrf4")) {
            assertFalse(names.contains(refused), refused + " was created: " + names);
        }
        // the same form with its own state works, so the refusals above are about the state alone
        HttpResponse<String> ok = admin.post("/admin/accounts.xhtml", createFields("csrf5", "REVIEWER", "csrf-password-1", state));
        assertEquals(200, ok.statusCode());
        assertTrue(accounts(admin.get("/admin/accounts.xhtml").body()).contains("csrf5"));
    }

    @Test
    void signInGivesANewSessionIdAndSignOutEndsIt() {
        WebSession s = new WebSession(BASE);
        s.get("/signin");
        String before = s.sessionId().orElseThrow();
        HttpResponse<String> r = s.signIn("reviewer", SignIn.password("reviewer"), null);
        assertEquals(302, r.statusCode());
        String after = s.sessionId().orElseThrow();
        assertNotEquals(before, after, "session fixation: the id must change at sign-in");
        assertTrue(s.get("/").body().contains(SignIn.displayName("reviewer")));

        // whoever knew the id from before sign-in is still anonymous
        WebSession attacker = new WebSession(BASE);
        attacker.useSessionId(before);
        String seen = attacker.get("/").body();
        assertFalse(seen.contains(SignIn.displayName("reviewer")));
        assertTrue(seen.contains("id=\"signin-link\""));

        // sign-out ends the session: the id is worth nothing afterwards
        HttpResponse<String> home = s.get("/");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("signout", "signout");
        out.put("signout:submit", "退出");
        out.put("jakarta.faces.ViewState", signOutState(home.body()));
        HttpResponse<String> signedOut = s.post("/index.xhtml", out);
        assertEquals(302, signedOut.statusCode(), signedOut.body());
        WebSession replay = new WebSession(BASE);
        replay.useSessionId(after);
        assertTrue(replay.get("/").body().contains("id=\"signin-link\""));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        WebSession s = new WebSession(BASE);
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> r = s.signIn("lockme", "wrong-password-" + i, null);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("用户名或密码不正确"), r.body());
        }
        HttpResponse<String> fifth = s.signIn("lockme", "wrong-password-5", null);
        assertTrue(fifth.body().contains("已暂时锁定") && fifth.body().contains("北京时间"), fifth.body());
        HttpResponse<String> right = s.signIn("lockme", SignIn.password("lockme"), null);
        assertEquals(200, right.statusCode(), "a locked account must refuse even the right password");
        assertTrue(right.body().contains("已暂时锁定"));
        // an unknown user gets the plain refusal, whatever was tried before
        assertTrue(s.signIn("no-such-user", "whatever-password", null).body().contains("用户名或密码不正确"));

        WebSession admin = WebSession.signedIn(BASE, "admin");
        String page = admin.get("/admin/accounts.xhtml").body();
        assertTrue(rowOf(page, "lockme").contains("已锁定至北京时间"), rowOf(page, "lockme"));
        accountAction(admin, "lockme", "unlock-form", "unlock", Map.of());
        assertEquals(302, s.signIn("lockme", SignIn.password("lockme"), null).statusCode());
    }

    @Test
    void signInReturnsOnlyToAddressesInsideTheSite() {
        for (String from : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> r = new WebSession(BASE).signIn("reviewer", SignIn.password("reviewer"), from);
            assertEquals(302, r.statusCode());
            assertEquals("/", location(r), from);
        }
        HttpResponse<String> back = new WebSession(BASE).signIn("reviewer", SignIn.password("reviewer"), "/search?q=x");
        assertEquals("/search?q=x", location(back));
    }

    @Test
    void chineseByDefaultEnglishWhenChosen() {
        WebSession s = new WebSession(BASE);
        HttpResponse<String> english = s.get("/signin", "Accept-Language", "en-US,en;q=0.9");
        assertTrue(english.body().contains("lang=\"zh-CN\""), "Accept-Language must not switch the language");
        assertTrue(english.body().contains("用户名"));
        HttpResponse<String> chosen = s.get("/lang?to=en&back=%2Fsignin");
        assertEquals(302, chosen.statusCode());
        assertEquals("/signin", location(chosen));
        HttpResponse<String> page = s.get("/signin");
        assertTrue(page.body().contains("lang=\"en\""));
        assertTrue(page.body().contains("Username") && page.body().contains("Sign in"), page.body());
        assertEquals(302, s.get("/lang?to=zh&back=//evil.example").statusCode());
        assertTrue(s.get("/signin").body().contains("用户名"));
        assertEquals("/", location(s.get("/lang?to=zh&back=//evil.example")));
    }

    /** The redirect target as a path: Jetty may send it relative or absolute. */
    static String location(HttpResponse<String> r) {
        String l = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + r.statusCode()));
        return l.startsWith(BASE) ? l.substring(BASE.length()) : l;
    }

    // --- the admin page's forms, as a browser would post them ---

    static List<String> accounts(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = ACCOUNT.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Map<String, String> createFields(String username, String role, String password, String state) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("create", "create");
        f.put("create:username", username);
        f.put("create:display-name", "测试" + username);
        f.put("create:roles", role);
        f.put("create:password", password);
        f.put("create:submit", "创建账户");
        if (state != null) {
            f.put("jakarta.faces.ViewState", state);
        }
        return f;
    }

    static void create(WebSession admin, String username, String role, String password) {
        String state = WebSession.viewState(admin.get("/admin/accounts.xhtml").body()).orElseThrow();
        HttpResponse<String> r = admin.post("/admin/accounts.xhtml", createFields(username, role, password, state));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("已创建账户 " + username), r.body());
    }

    private static void changePassword(WebSession s, String current, String replacement) {
        String state = WebSession.viewState(s.get("/password.xhtml").body()).orElseThrow();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("password", "password");
        f.put("password:current", current);
        f.put("password:replacement", replacement);
        f.put("password:confirmation", replacement);
        f.put("password:submit", "保存新密码");
        f.put("jakarta.faces.ViewState", state);
        HttpResponse<String> r = s.post("/password.xhtml", f);
        assertEquals(302, r.statusCode(), r.body());
    }

    private static void setRoles(WebSession admin, String username, String role) {
        accountAction(admin, username, "edit-form", "save-roles", Map.of("roles", role));
    }

    /** The list item of one account on the admin page. */
    private static String rowOf(String html, String username) {
        int start = html.indexOf("id=\"account-" + username + "\"");
        assertTrue(start >= 0, "no row for " + username);
        int end = html.indexOf("</li>", start);
        return html.substring(start, end);
    }

    /** Opens the account's edit forms and presses a button in one, with extra fields of that form. */
    static void accountAction(WebSession admin, String username, String form, String button, Map<String, String> extra) {
        String page = admin.get("/admin/accounts.xhtml?user=" + username).body();
        int at = page.indexOf("<form id=\"" + form + "\"");
        assertTrue(at >= 0, "no form " + form + " for " + username);
        Map<String, String> f = new LinkedHashMap<>();
        f.put(form, form);
        extra.forEach((k, v) -> f.put(form + ":" + k, v));
        f.put(form + ":" + button, "x");
        f.put("jakarta.faces.ViewState", WebSession.viewState(page.substring(at)).orElseThrow());
        HttpResponse<String> r = admin.post("/admin/accounts.xhtml", f);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("class=\"info\""), r.body());
    }

    private static String signOutState(String html) {
        int form = html.indexOf("<form id=\"signout\"");
        assertTrue(form >= 0, "no sign-out form");
        return WebSession.viewState(html.substring(form)).orElseThrow();
    }
}
