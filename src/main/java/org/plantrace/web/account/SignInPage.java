package org.plantrace.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.plantrace.application.account.SignInResult;
import org.plantrace.application.account.SignInService;
import org.plantrace.application.account.SignInThrottle;
import org.plantrace.domain.account.Account;
import org.plantrace.web.LocalPath;
import org.plantrace.web.i18n.Texts;

/**
 * {@code /signin}: the sign-in form. On success the session gets a new id (so an id planted before
 * sign-in is worthless: session fixation) and the reader returns to the page they came from
 * ({@code ?from=/…}, local paths only). A one-time password leads to the password page first.
 * A client address with too many failed sign-ins gets 429 without any password being checked
 * ({@link SignInThrottle}).
 */
@Named("signIn")
@RequestScoped
public class SignInPage {
    /** Lock-out times are shown in Beijing time, the time of the people who use the site. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(SignInPage.class.getName());
    /**
     * Failed sign-ins per client address, for the whole application. The address is Jetty's
     * remote address: behind a proxy, configure Jetty's forwarded headers so it is the reader's.
     */
    static final SignInThrottle THROTTLE = SignInThrottle.STANDARD;

    @Inject
    SignInService service;
    @Inject
    CurrentUser user;
    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String from;

    public String signIn() throws IOException {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        ExternalContext context = faces.getExternalContext();
        String client = ((HttpServletRequest) context.getRequest()).getRemoteAddr();
        Optional<Instant> blocked = THROTTLE.blockedUntil(client, Instant.now());
        if (blocked.isPresent()) {
            // no password is checked: the answer is the same whatever name was tried
            java.util.Arrays.fill(secret, '\0');
            LOG.warning(() -> "sign-in refused to " + client + ": " + THROTTLE.maxFailures() + " failures in "
                    + THROTTLE.window().toMinutes() + " minutes");
            context.setResponseStatus(429);
            context.setResponseHeader("Retry-After", Long.toString(Math.max(1, Duration.between(Instant.now(), blocked.get()).getSeconds())));
            error(Texts.get(faces, "signin.throttled", minutesUntil(blocked.get())));
            return null;
        }
        SignInResult result = service.signIn(username, secret);
        java.util.Arrays.fill(secret, '\0');
        if (!(result instanceof SignInResult.SignedIn)) {
            THROTTLE.failed(client, Instant.now());
        }
        if (result instanceof SignInResult.SignedIn signedIn) {
            Account account = signedIn.account();
            ExternalContext ec = faces.getExternalContext();
            ((HttpServletRequest) ec.getRequest()).changeSessionId();
            if (account.passwordChangeRequired()) {
                user.awaitPasswordChange(account.username());
                redirect(PasswordPage.PATH + "?from=" + java.net.URLEncoder.encode(target(),
                        java.nio.charset.StandardCharsets.UTF_8));
            } else {
                user.signedIn(account.actor(), account.displayName());
                redirect(target());
            }
        } else if (result instanceof SignInResult.Locked locked) {
            error(Texts.get(faces, "signin.locked", service.lockout().maxFailures(),
                    DateTimeFormatter.ofPattern("HH:mm").format(locked.until().atZone(BEIJING)),
                    minutesUntil(locked.until())));
        } else {
            error(Texts.get(faces, "signin.refused", service.lockout().maxFailures(),
                    service.lockout().lockFor().toMinutes()));
        }
        return null;
    }

    private static long minutesUntil(Instant until) {
        long seconds = Duration.between(Instant.now(), until).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private String target() {
        String path = LocalPath.orHome(from);
        // returning to the sign-in or password page itself would only show the form again
        return path.startsWith("/signin") || path.startsWith(PasswordPage.PATH) ? "/" : path;
    }

    private void redirect(String path) throws IOException {
        ExternalContext ec = faces.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + path);
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
