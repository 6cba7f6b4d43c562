package io.paiban.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInGuardTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final SignInGuard guard = new SignInGuard(new SignInGuard.Limits(5, 20, 50, Duration.ofMinutes(15),
            Duration.ofMinutes(5), Duration.ofMillis(200)), clock);

    @Test
    void aPairLocksAfterFiveFailuresForFiveMinutesAndSlowsBefore() {
        for (int i = 1; i <= 4; i++) {
            SignInGuard.Failure f = guard.failed("ann", "10.0.0.1");
            assertEquals(Duration.ofMillis(200L * (i - 1)), f.delay());
            assertTrue(f.lockedFor().isEmpty());
        }
        assertTrue(guard.failed("ann", "10.0.0.1").lockedFor().isPresent());
        assertEquals(Duration.ofMinutes(5), guard.lockedFor("ann", "10.0.0.1").orElseThrow());
        assertFalse(guard.lockedFor("ann", "10.0.0.2").isPresent(), "the owner elsewhere is not locked out");
        assertFalse(guard.lockedFor("bob", "10.0.0.1").isPresent(), "other accounts from that address are not locked");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertFalse(guard.lockedFor("ann", "10.0.0.1").isPresent(), "the lock ends");
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedItself() {
        for (int i = 0; i < 19; i++) {
            guard.failed("user" + i, "10.9.9.9");
        }
        assertTrue(guard.failed("user19", "10.9.9.9").lockedFor().isPresent());
        assertTrue(guard.lockedFor("anyone", "10.9.9.9").isPresent());
        assertFalse(guard.lockedFor("user1", "10.0.0.1").isPresent(), "those accounts stay usable from elsewhere");
    }

    @Test
    void oneAccountGuessedFromManyAddressesIsLocked() {
        for (int i = 0; i < 49; i++) {
            guard.failed("carol", "10.1.0." + i);
        }
        assertTrue(guard.failed("carol", "10.1.1.1").lockedFor().isPresent());
        assertTrue(guard.lockedFor("carol", "10.2.2.2").isPresent());
    }

    @Test
    void successClearsThePairAndTheWindowExpires() {
        for (int i = 0; i < 4; i++) {
            guard.failed("dan", "10.0.0.5");
        }
        guard.succeeded("dan", "10.0.0.5");
        assertEquals(Duration.ZERO, guard.failed("dan", "10.0.0.5").delay());
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertTrue(guard.failed("dan", "10.0.0.5").lockedFor().isEmpty());
        }
    }

    @Test
    void passwordRules() {
        assertTrue(PasswordPolicy.problem("ann", "short", 10).isPresent());
        assertTrue(PasswordPolicy.problem("ann", "Password123", 10).isPresent());
        assertTrue(PasswordPolicy.problem("annabelle-x", "ANNABELLE-X", 10).isPresent());
        assertTrue(PasswordPolicy.problem("annabelle-x", "annabelle-x2024", 10).isPresent());
        assertFalse(PasswordPolicy.problem("ann", "correct horse battery", 10).isPresent());
        assertEquals("ann", Usernames.normalise("  ANN "));
        assertTrue(Usernames.problem("an\tn").isPresent());
    }
}
