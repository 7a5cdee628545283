package org.plantrace.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;

/**
 * The person using this browser session. Anonymous until sign-in. Pages ask {@link #may(Action)}
 * to show or hide controls; services are handed {@link #actor()} and check for themselves.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
    private static final long serialVersionUID = 1L;

    private Actor actor = Actor.ANONYMOUS;

    public Actor actor() {
        return actor;
    }

    /** Set by sign-in and sign-out only. */
    void setActor(Actor actor) {
        this.actor = actor == null ? Actor.ANONYMOUS : actor;
    }

    public boolean isSignedIn() {
        return !actor.anonymous();
    }

    public boolean may(Action action) {
        return Permissions.standard().allows(actor, action);
    }

    /** Throws AccessDeniedException (answered with 403) unless this person may take the action. */
    public void require(Action action) {
        Permissions.standard().require(actor, action);
    }
}
