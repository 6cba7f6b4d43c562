package io.paiban.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins and locks for a while, kept in memory (per service instance). Three counters,
 * each over a fixed window from its first failure:
 * <ul>
 *   <li>one account from one client address (the pair) locks after a few failures, so whoever guesses from
 *       one machine is stopped without locking the account for its owner elsewhere;</li>
 *   <li>one client address over all accounts locks after more, so one machine cannot lock (or guess) everybody;</li>
 *   <li>one account over all addresses locks after many, against guessing spread over many machines.</li>
 * </ul>
 * A success clears the pair's counter only. Before the lock, each further failure of a pair is answered a little
 * later ({@link #failed} returns the delay).
 */
@ApplicationScoped
public class SignInGuard {

    /** Above this many counters, expired ones are swept at the next failure; the map stays bounded. */
    static final int MAX_COUNTERS = 100_000;

    public record Limits(int pairFailures, int addressFailures, int accountFailures, Duration window,
                         Duration lockFor, Duration slowdownStep) {
    }

    /** Outcome of a failure: the delay before answering, and the lock it caused if any. */
    public record Failure(Duration delay, Optional<Duration> lockedFor, String lockedKey) {
    }

    private static final class Counter {
        int failures;
        Instant windowStart;
        Instant lockedUntil;
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private Limits limits;
    private Clock clock = Clock.systemUTC();

    @Inject
    SecurityConfig config;

    public SignInGuard() {
    }

    /** For tests: fixed limits and clock. */
    SignInGuard(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    private Limits limits() {
        if (limits == null) {
            SecurityConfig.Lockout l = config.lockout();
            limits = new Limits(l.accountFailures(), l.addressFailures(), l.accountTotalFailures(), l.window(),
                    l.lockFor(), l.slowdownStep());
        }
        return limits;
    }

    /** How long this account from this address must still wait, if locked. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(username, address)) {
            Counter c = counters.get(key);
            if (c != null) {
                synchronized (c) {
                    if (c.lockedUntil != null && c.lockedUntil.isAfter(now)) {
                        Duration left = Duration.between(now, c.lockedUntil);
                        longest = left.compareTo(longest) > 0 ? left : longest;
                    }
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Records a failure of this account from this address. */
    public Failure failed(String username, String address) {
        Limits l = limits();
        Instant now = clock.instant();
        if (counters.size() > MAX_COUNTERS) {
            sweep(now);
        }
        String[] keys = keys(username, address);
        int[] thresholds = {l.pairFailures(), l.addressFailures(), l.accountFailures()};
        int pairCount = 0;
        Optional<Duration> locked = Optional.empty();
        String lockedKey = null;
        for (int i = 0; i < keys.length; i++) {
            Counter c = counters.computeIfAbsent(keys[i], k -> new Counter());
            synchronized (c) {
                if (c.windowStart == null || !now.isBefore(c.windowStart.plus(l.window()))) {
                    c.windowStart = now;
                    c.failures = 0;
                }
                c.failures++;
                if (i == 0) {
                    pairCount = c.failures;
                }
                if (c.failures >= thresholds[i]) {
                    c.lockedUntil = now.plus(l.lockFor());
                    c.failures = 0;
                    c.windowStart = null;
                    if (locked.isEmpty()) {
                        locked = Optional.of(l.lockFor());
                        lockedKey = keys[i];
                    }
                }
            }
        }
        Duration delay = l.slowdownStep().multipliedBy(Math.max(0, pairCount - 1));
        if (delay.compareTo(Duration.ofSeconds(2)) > 0) {
            delay = Duration.ofSeconds(2);
        }
        return new Failure(locked.isPresent() ? Duration.ZERO : delay, locked, lockedKey);
    }

    /** A correct password from this address: the pair starts afresh (address and account counters stay). */
    public void succeeded(String username, String address) {
        counters.remove(keys(username, address)[0]);
    }

    int size() {
        return counters.size();
    }

    private void sweep(Instant now) {
        Duration window = limits().window();
        counters.entrySet().removeIf(e -> {
            Counter c = e.getValue();
            synchronized (c) {
                boolean lockOver = c.lockedUntil == null || !c.lockedUntil.isAfter(now);
                boolean windowOver = c.windowStart == null || !now.isBefore(c.windowStart.plus(window));
                return lockOver && windowOver;
            }
        });
    }

    private static String[] keys(String username, String address) {
        return new String[] {"pair:" + username + "\u0000" + address, "address:" + address, "account:" + username};
    }
}
