package org.plantrace.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permission table: for each action, the roles that may take it, and whether the anonymous
 * public may. Read from {@code permissions.tsv} (action, then the roles, {@code PUBLIC} for
 * everyone) so that the table a reviewer of this software reads is the table that is enforced.
 */
public final class Permissions {
    private static final String PUBLIC = "PUBLIC";
    private static final Permissions STANDARD = load();

    private final Map<Action, Set<Role>> roles;
    private final Set<Action> publicActions;

    private Permissions(Map<Action, Set<Role>> roles, Set<Action> publicActions) {
        this.roles = roles;
        this.publicActions = publicActions;
    }

    public static Permissions standard() {
        return STANDARD;
    }

    public boolean allows(Actor actor, Action action) {
        if (publicActions.contains(action)) {
            return true;
        }
        Set<Role> allowed = roles.getOrDefault(action, Set.of());
        return actor.roles().stream().anyMatch(allowed::contains);
    }

    /** Throws {@link AccessDeniedException} unless the actor may take the action. */
    public void require(Actor actor, Action action) {
        if (!allows(actor, action)) {
            throw new AccessDeniedException(actor, action);
        }
    }

    public Set<Role> rolesFor(Action action) {
        return roles.getOrDefault(action, Set.of());
    }

    public boolean publicMay(Action action) {
        return publicActions.contains(action);
    }

    private static Permissions load() {
        Map<Action, Set<Role>> roles = new EnumMap<>(Action.class);
        Set<Action> publicActions = EnumSet.noneOf(Action.class);
        try (InputStream in = Permissions.class.getResourceAsStream("permissions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("permissions.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\s+");
                Action action = Action.valueOf(cells[0]);
                Set<Role> allowed = EnumSet.noneOf(Role.class);
                for (int i = 1; i < cells.length; i++) {
                    if (cells[i].equals(PUBLIC)) {
                        publicActions.add(action);
                    } else {
                        allowed.add(Role.valueOf(cells[i]));
                    }
                }
                roles.put(action, Set.copyOf(allowed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Action action : Action.values()) {
            if (!roles.containsKey(action)) {
                throw new IllegalStateException("permissions.tsv has no row for " + action);
            }
        }
        return new Permissions(roles, publicActions);
    }
}
