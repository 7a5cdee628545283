package org.plantrace.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 9 over plain HTTP: the sign-in answers do not tell which user names exist, and a
 * client address with too many failures is refused for a while. Each test signs in from its own
 * loopback address (127.x.y.z), so its failures do not count against the other tests.
 */
class SignInAbuseIT {
    private static final String BASE = Browser.baseUrl();
    private static final Pattern MESSAGE = Pattern.compile("<li class=\"error\">(.*?)</li>", Pattern.DOTALL);
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    /** A sign-in through the form from one local address: its answer's status and message. */
    record Attempt(int status, String message) {
    }

    private static InetAddress someLoopbackAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) r.nextInt(1, 250), (byte) r.nextInt(1, 250), (byte) r.nextInt(1, 250)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Attempt signIn(InetAddress from, String username, String password) {
        RawHttp.Answer form = RawHttp.raw(from, "GET", "/signin", "", new byte[0]);
        String cookie = form.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session for the form"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:username", username);
        fields.put("signin:password", password);
        fields.put("signin:submit", "登录");
        fields.put("jakarta.faces.ViewState", WebSession.viewState(form.body()).orElseThrow());
        RawHttp.Answer r = RawHttp.raw(from, "POST", "/signin.xhtml",
                "Cookie: JSESSIONID=" + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                WebSession.encode(fields).getBytes(StandardCharsets.UTF_8));
        Matcher m = MESSAGE.matcher(r.body());
        return new Attempt(r.status(), m.find() ? m.group(1) : "");
    }

    @Test
    void anUnknownNameIsAnsweredExactlyLikeARealAccountLockoutIncluded() {
        WebSession admin = WebSession.signedIn(BASE, "admin");
        String real = "enum" + (System.nanoTime() % 1_000_000);
        SecurityIT.create(admin, real, "REVIEWER", "enum-password-1");
        String unknown = "nobody" + (System.nanoTime() % 1_000_000);
        InetAddress from = someLoopbackAddress();
        for (int i = 1; i <= 6; i++) {
            Attempt a = signIn(from, real, "wrong-password-" + i);
            Attempt b = signIn(from, unknown, "wrong-password-" + i);
            assertEquals(a.status(), b.status(), "attempt " + i);
            // the same words; the lock's clock time may differ by the minute between the two
            assertEquals(a.message().replaceAll("\\d", "#"), b.message().replaceAll("\\d", "#"), "attempt " + i);
            if (i >= 5) {
                assertTrue(b.message().contains("已暂时锁定"), "attempt " + i + ": " + b.message());
            }
        }
    }

    @Test
    void aClientWithTooManyFailuresIsRefusedForAWhileOthersAreNot() {
        InetAddress from = someLoopbackAddress();
        for (int i = 1; i <= 30; i++) {
            // a different name each time: no account lockout, only the per-client count
            Attempt a = signIn(from, "guess" + i + "x" + (System.nanoTime() % 1000), "password-guess-1");
            assertEquals(200, a.status(), "attempt " + i + ": " + a.message());
        }
        Attempt refused = signIn(from, "reviewer", SignIn.password("reviewer"));
        assertEquals(429, refused.status(), refused.message());
        assertTrue(refused.message().contains("失败的次数过多"), refused.message());
        // another address signs in as usual
        assertEquals(302, signIn(someLoopbackAddress(), "reviewer", SignIn.password("reviewer")).status());
        assertEquals(302, new WebSession(BASE).signIn("reviewer", SignIn.password("reviewer"), null).statusCode());
        assertTrue(URLEncoder.encode(from.getHostAddress(), StandardCharsets.UTF_8).startsWith("127."));
    }
}
