package org.plantrace.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import org.plantrace.application.account.AccountException;
import org.plantrace.application.account.AccountService;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.Actor;
import org.plantrace.web.LocalPath;
import org.plantrace.web.i18n.Texts;

/**
 * {@code /password.xhtml}: choose a new password. Reached by everyone signed in, and — the only
 * page they can use — by someone who signed in with a one-time password: they become signed in
 * only once they have replaced it.
 */
@Named("passwordPage")
@RequestScoped
public class PasswordPage {
    static final String PATH = "/password.xhtml";

    @Inject
    AccountService accounts;
    @Inject
    CurrentUser user;
    @Inject
    FacesContext faces;

    private String current;
    private String replacement;
    private String confirmation;
    private String from;

    /** True when the page is there because of a one-time password. */
    public boolean isRequired() {
        return !user.isSignedIn() && user.pendingPasswordChange() != null;
    }

    /** Whether there is anyone to change the password of. */
    public boolean isAvailable() {
        return user.isSignedIn() || user.pendingPasswordChange() != null;
    }

    public String change() throws IOException {
        String who = user.isSignedIn() ? user.actor().username() : user.pendingPasswordChange();
        char[] old = chars(current);
        char[] fresh = chars(replacement);
        current = null;
        replacement = null;
        try {
            if (who == null) {
                error(Texts.get(faces, "password.signInFirst"));
                return null;
            }
            if (!Arrays.equals(fresh, chars(confirmation))) {
                error(Texts.get(faces, "password.mismatch"));
                return null;
            }
            Account account = accounts.changeOwnPassword(new Actor(who, java.util.Set.of()), old, fresh);
            ExternalContext ec = faces.getExternalContext();
            ((HttpServletRequest) ec.getRequest()).changeSessionId();
            user.signedIn(account.actor(), account.displayName());
            String target = LocalPath.orHome(from);
            ec.redirect(ec.getRequestContextPath() + (target.startsWith(PATH) ? "/" : target));
        } catch (AccountException e) {
            error(Texts.say(e));
        } finally {
            confirmation = null;
            Arrays.fill(old, '\0');
            Arrays.fill(fresh, '\0');
        }
        return null;
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return null;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
