package org.plantrace.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells signed-in sessions that their account changed (roles set, password reset): each change
 * bumps a counter, and {@link CurrentUser} re-reads the account when the counter differs from the
 * one it saw at sign-in. So taking a role away takes effect on the person's next request, not at
 * their next sign-in. Only this server's sessions hear of it (one server is the deployment).
 */
@ApplicationScoped
public class AccountChanges {
    private final AtomicLong clock = new AtomicLong();
    private final ConcurrentMap<String, Long> changed = new ConcurrentHashMap<>();

    /** Marks the account as changed now. */
    public void changed(String username) {
        changed.put(username, clock.incrementAndGet());
    }

    /** The mark of the account's last change, 0 if it never changed while the app ran. */
    public long version(String username) {
        return changed.getOrDefault(username, 0L);
    }
}
