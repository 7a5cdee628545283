package org.plantrace.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(10));
    private final Instant t0 = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aClientOverTheLimitWaitsUntilItsOldestFailureAgesOut() {
        throttle.failed("10.0.0.1", t0);
        throttle.failed("10.0.0.1", t0.plusSeconds(60));
        assertTrue(throttle.blockedUntil("10.0.0.1", t0.plusSeconds(61)).isEmpty());
        throttle.failed("10.0.0.1", t0.plusSeconds(120));
        assertEquals(Optional.of(t0.plus(Duration.ofMinutes(10))), throttle.blockedUntil("10.0.0.1", t0.plusSeconds(121)));
        // another client is not affected
        assertTrue(throttle.blockedUntil("10.0.0.2", t0.plusSeconds(121)).isEmpty());
        // once the first failure is out of the window, one more try is allowed
        assertTrue(throttle.blockedUntil("10.0.0.1", t0.plus(Duration.ofMinutes(10))).isEmpty());
    }
}
