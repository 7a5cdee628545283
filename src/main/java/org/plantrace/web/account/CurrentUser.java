package org.plantrace.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.account.Role;

/**
 * The person using this browser session. Anonymous until sign-in. Pages ask {@link #may(Action)}
 * to show or hide controls; services are handed {@link #actor()} and check for themselves.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountChanges changes;
    @Inject
    AccountRepository accounts;

    private volatile Actor actor = Actor.ANONYMOUS;
    /** {@link AccountChanges#version} when the actor was last read from the account. */
    private long seen;
    private String displayName = "";
    /** Signed in with a one-time password that must be replaced before anything else; not yet the actor. */
    private String pendingPasswordChange;

    public Actor actor() {
        if (!actor.anonymous() && changes != null && changes.version(actor.username()) != seen) {
            refresh();
        }
        return actor;
    }

    /** The account changed since sign-in: take its current roles, or sign out if it is gone. */
    private synchronized void refresh() {
        String username = actor.username();
        seen = changes.version(username);
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
            actor = Actor.ANONYMOUS;
            displayName = "";
        } else {
            actor = account.get().actor();
            displayName = account.get().displayName();
        }
    }

    /** Set by sign-in and sign-out only. */
    void setActor(Actor actor) {
        this.actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    /** Set by sign-in: the signed-in person, with the name the header shows. */
    void signedIn(Actor actor, String displayName) {
        setActor(actor);
        this.seen = changes == null ? 0 : changes.version(actor.username());
        this.displayName = displayName == null ? actor.username() : displayName;
        this.pendingPasswordChange = null;
    }

    void awaitPasswordChange(String username) {
        setActor(Actor.ANONYMOUS);
        this.pendingPasswordChange = username;
    }

    /** The username that signed in with a one-time password and must choose a new one, or null. */
    String pendingPasswordChange() {
        return pendingPasswordChange;
    }

    /** The name the header shows: the display name, or the username. */
    public String getName() {
        Actor current = actor();
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
