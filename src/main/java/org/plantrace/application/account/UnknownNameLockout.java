package org.plantrace.application.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.plantrace.domain.account.LockoutPolicy;

/**
 * Wrong passwords for names that have no account, counted as if they had one: after the same
 * number of failures such a name answers "temporarily locked" for the same time, exactly like a
 * real account. Without it a real account locked after five tries and an unknown name never did,
 * so anyone could tell which user names exist (issue #15 item 9).
 * <p>
 * Kept in memory only — nothing worth storing, and nothing to fill the database with — and bounded
 * to the {@value #CAPACITY} names tried most recently, so guessing many names cannot exhaust memory.
 */
final class UnknownNameLockout {
    static final int CAPACITY = 10_000;
    /** Names are cut to this length as keys: longer ones cannot be accounts anyway. */
    private static final int MAX_KEY = 64;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final LockoutPolicy policy;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > CAPACITY;
        }
    };

    UnknownNameLockout(LockoutPolicy policy) {
        this.policy = policy;
    }

    /** Until when the name answers "locked", as a real account would. */
    synchronized Optional<Instant> lockedAt(String name, Instant now) {
        Failures f = failures.get(key(name));
        return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now) ? Optional.of(f.lockedUntil())
                : Optional.empty();
    }

    /** One more wrong password, with {@link org.plantrace.domain.account.Account#afterFailure}'s rule. */
    synchronized Optional<Instant> failed(String name, Instant now) {
        String key = key(name);
        Failures before = failures.get(key);
        int count = before == null ? 1
                : before.lockedUntil() != null && !before.lockedUntil().isAfter(now) ? 1 : before.count() + 1;
        Instant until = count >= policy.maxFailures() ? now.plus(policy.lockFor()) : null;
        failures.put(key, new Failures(until == null ? count : 0, until));
        return Optional.ofNullable(until);
    }

    private static String key(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return s.length() > MAX_KEY ? s.substring(0, MAX_KEY) : s;
    }
}
