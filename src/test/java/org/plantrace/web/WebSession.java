package org.plantrace.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session without a browser, for tests of status codes and headers: its own cookies,
 * no redirects followed (tests look at them), forms posted as a browser would.
 *
 * <pre>
 * WebSession drafter = WebSession.signedIn(Browser.baseUrl(), "drafter");
 * HttpResponse&lt;String&gt; page = drafter.get("/admin/accounts.xhtml");   // 403
 * </pre>
 */
public final class WebSession {
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new session signed in through the sign-in form as a test account of it-accounts.tsv. */
    public static WebSession signedIn(String baseUrl, String username) {
        WebSession s = new WebSession(baseUrl);
        HttpResponse<String> r = s.signIn(username, SignIn.password(username), null);
        if (r.statusCode() != 302) {
            throw new AssertionError("sign-in as " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return s;
    }

    /** Posts the sign-in form; answers the POST's response (302 on success). */
    public HttpResponse<String> signIn(String username, String password, String from) {
        HttpResponse<String> form = get("/signin" + (from == null ? "" : "?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8)));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:username", username);
        fields.put("signin:password", password);
        fields.put("signin:submit", "登录");
        fields.put("jakarta.faces.ViewState", viewState(form.body()).orElseThrow());
        return post("/signin.xhtml", fields);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header(header, value).GET());
    }

    /** Posts URL-encoded fields, in order. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    /** Posts URL-encoded fields, in order, with extra headers (Origin, Referer). */
    public HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return send(request);
    }

    /** Fields as a query string or form body: {@code a=1&b=%E8%80%95}. */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The first form state id in a page. */
    public static Optional<String> viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The current JSESSIONID, if any. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces this session's cookie with another id (to test what an old id can still do). */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie c = new HttpCookie("JSESSIONID", id);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), c);
    }

    /** Sets a cookie for the site (e.g. the language choice). */
    public void cookie(String name, String value) {
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), c);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
