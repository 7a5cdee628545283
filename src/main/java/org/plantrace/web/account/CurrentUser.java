package org.plantrace.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.account.Role;

/**
 * The person using this browser session. Anonymous until sign-in. Pages ask {@link #may(Action)}
 * to show or hide controls; services are handed {@link #actor()} and check for themselves.
 * <p>
 * Request-scoped on purpose: the signed-in person lives in the session ({@link SessionAccount}),
 * but a request without a session is anonymous without creating one, so the public reads every
 * page without getting a session (issue #15 item 3). Only sign-in writes to the session.
 */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    Instance<SessionAccount> session;
    @Inject
    HttpServletRequest request;

    private boolean hasSession() {
        return session != null && request != null && request.getSession(false) != null;
    }

    public Actor actor() {
        return hasSession() ? session.get().actor() : Actor.ANONYMOUS;
    }

    /** Set by sign-in: the signed-in person, with the name the header shows. */
    void signedIn(Actor actor, String displayName) {
        request.getSession(true);
        session.get().signedIn(actor, displayName);
    }

    void awaitPasswordChange(String username) {
        request.getSession(true);
        session.get().awaitPasswordChange(username);
    }

    /** The username that signed in with a one-time password and must choose a new one, or null. */
    String pendingPasswordChange() {
        return hasSession() ? session.get().pendingPasswordChange() : null;
    }

    /** The name the header shows: the display name, or the username. */
    public String getName() {
        Actor current = actor();
        String displayName = hasSession() ? session.get().displayName() : "";
        return displayName.isEmpty() ? current.username() : displayName;
    }

    public String getUsername() {
        return actor().username();
    }

    /** The roles in Chinese, e.g. "编制人员、审查人员". */
    public String getRoleLabels() {
        return actor().roles().stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    /** The role names, sorted, for pages that label them from the bundle ({@code msg['role.ADMIN']}). */
    public java.util.List<String> getRoleNames() {
        return actor().roles().stream().sorted().map(Role::name).toList();
    }

    public boolean isSignedIn() {
        return !actor().anonymous();
    }

    public boolean may(Action action) {
        return Permissions.standard().allows(actor(), action);
    }

    /** Throws AccessDeniedException (answered with 403) unless this person may take the action. */
    public void require(Action action) {
        Permissions.standard().require(actor(), action);
    }
}
