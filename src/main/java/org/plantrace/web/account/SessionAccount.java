package org.plantrace.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import org.plantrace.domain.account.Account;
import org.plantrace.domain.account.AccountRepository;
import org.plantrace.domain.account.Actor;

/**
 * Who signed in on this HTTP session: kept in the session because it must outlive the request.
 * Only {@link CurrentUser} reads it, and only when the request already has a session — creating
 * this bean creates the session, and readers must not get one (issue #15 item 3).
 */
@SessionScoped
class SessionAccount implements Serializable {
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

    Actor actor() {
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

    void signedIn(Actor actor, String displayName) {
        this.actor = actor == null ? Actor.ANONYMOUS : actor;
        this.seen = changes == null ? 0 : changes.version(this.actor.username());
        this.displayName = displayName == null ? this.actor.username() : displayName;
        this.pendingPasswordChange = null;
    }

    void awaitPasswordChange(String username) {
        this.actor = Actor.ANONYMOUS;
        this.pendingPasswordChange = username;
    }

    String pendingPasswordChange() {
        return pendingPasswordChange;
    }

    String displayName() {
        return displayName;
    }
}
