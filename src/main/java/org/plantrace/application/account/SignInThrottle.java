package org.plantrace.application.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per client (a network address), in a sliding window: over the limit, that client
 * may not try again until its oldest failure in the window has aged out. The per-account lockout
 * stops guessing one account's password; this stops one client from trying one password on many
 * accounts (issue #15 item 9). Successful sign-ins are not counted, so an office behind one address
 * is not locked out by its own colleagues signing in.
 * <p>
 * In memory, bounded to the {@value #CAPACITY} clients seen most recently.
 */
public final class SignInThrottle {
    /** 30 failures in 15 minutes: far above a person mistyping, far below a guessing script. */
    public static final SignInThrottle STANDARD = new SignInThrottle(30, Duration.ofMinutes(15));
    static final int CAPACITY = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > CAPACITY;
        }
    };

    public SignInThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Empty if the client may try; else the time from which it may try again. */
    public synchronized Optional<Instant> blockedUntil(String client, Instant now) {
        Deque<Instant> seen = recent(client, now);
        return seen.size() >= maxFailures ? Optional.of(seen.peekFirst().plus(window)) : Optional.empty();
    }

    public synchronized void failed(String client, Instant now) {
        recent(client, now).addLast(now);
    }

    private Deque<Instant> recent(String client, Instant now) {
        Deque<Instant> seen = failures.computeIfAbsent(client == null ? "" : client, c -> new ArrayDeque<>());
        Instant from = now.minus(window);
        while (!seen.isEmpty() && !seen.peekFirst().isAfter(from)) {
            seen.pollFirst();
        }
        return seen;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }
}
