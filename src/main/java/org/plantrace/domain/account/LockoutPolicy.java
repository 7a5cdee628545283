package org.plantrace.domain.account;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long. Time-limited rather than
 * permanent, so that a stranger guessing cannot lock a colleague out for good; an admin can unlock
 * earlier.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {
    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lockout policy needs at least one failure and a positive time");
        }
    }
}
