package org.plantrace.domain.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person an action is done for: a signed-in user with roles, or the anonymous public.
 * Services take an actor as an argument and ask {@link Permissions} before they act.
 */
public record Actor(String username, Set<Role> roles) {
    public static final Actor ANONYMOUS = new Actor("", Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean anonymous() {
        return username.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
