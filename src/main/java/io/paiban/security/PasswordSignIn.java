package io.paiban.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The one check of a username and password, shared by HTTP Basic, the token endpoint and the console's form
 * sign-in (all go through {@link PasswordIdentityProvider}). Blocking (JDBC and bcrypt): call it on a worker
 * thread. In order: the name is normalised (control characters fail), a lock answers 429 before any bcrypt,
 * the account is read, the password checked (an unknown name costs the same bcrypt), a failure is counted and
 * logged as a security event.
 */
@ApplicationScoped
public class PasswordSignIn {

    /** Security events (failed sign-ins, locks) go to this log category. */
    public static final Logger EVENTS = Logger.getLogger("io.paiban.security.events");

    /** A wrong name or password (the cause of the AuthenticationFailedException); answered after {@link #delay()}. */
    public static final class InvalidCredentials extends RuntimeException {
        private final Duration delay;

        InvalidCredentials(Duration delay) {
            super("wrong username or password", null, false, false);
            this.delay = delay;
        }

        public Duration delay() {
            return delay;
        }
    }

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInGuard guard;

    @Inject
    DemoExposure demo;

    private volatile String dummyHash;

    public SecurityIdentity signIn(String rawUsername, String password, String address) {
        Optional<String> badName = Usernames.problem(rawUsername);
        String username = badName.isPresent() ? "<invalid>" : Usernames.normalise(rawUsername);
        Optional<Duration> locked = guard.lockedFor(username, address);
        if (locked.isPresent()) {
            EVENTS.warnf("sign-in refused (locked) user=%s address=%s retry-after=%ds", username, address, locked.get().toSeconds());
            throw new SignInLockedException(locked.get()).asAuthenticationFailure();
        }
        Optional<AccountStore.Credentials> account = badName.isPresent() ? Optional.empty() : accounts.byUsername(username);
        boolean matches = account.isPresent()
                ? hasher.matches(password, account.get().passwordHash())
                : hasher.matches(password, dummyHash());
        if (account.isEmpty() || !matches || account.get().disabledAt() != null) {
            SignInGuard.Failure failure = guard.failed(username, address);
            String reason = badName.map(b -> "invalid username (" + b + ")")
                    .orElse(account.isEmpty() ? "unknown user" : !matches ? "wrong password" : "account disabled");
            if (failure.lockedFor().isPresent()) {
                EVENTS.warnf("sign-in failed user=%s address=%s reason=%s; locked %s for %ds", username, address, reason,
                        failure.lockedKey().replace('\u0000', '@'), failure.lockedFor().get().toSeconds());
                throw new SignInLockedException(failure.lockedFor().get()).asAuthenticationFailure();
            }
            EVENTS.infof("sign-in failed user=%s address=%s reason=%s", username, address, reason);
            throw new AuthenticationFailedException("wrong username or password", new InvalidCredentials(failure.delay()));
        }
        guard.succeeded(username, address);
        AccountStore.Credentials a = account.get();
        return SecurityIdentities.of(a.id(), a.username(), a.role(), demo.mustChangePassword(a), null);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("no-such-account-" + System.nanoTime());
        }
        return dummyHash;
    }
}
