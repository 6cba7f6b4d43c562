package io.paiban.security;

import io.paiban.platform.error.ProblemKind;
import io.paiban.platform.error.RetryLaterException;
import io.quarkus.security.AuthenticationFailedException;

import java.time.Duration;

/**
 * Too many failed sign-ins: answered with 429 and Retry-After, before any password is checked. Thrown as the
 * cause of an {@link AuthenticationFailedException} so every mechanism treats it as a failed sign-in.
 */
public class SignInLockedException extends RetryLaterException {

    public SignInLockedException(Duration retryAfter) {
        super(ProblemKind.TOO_MANY_SIGN_INS, "too many failed sign-ins; try again in "
                + Math.max(1, (retryAfter.toMillis() + 999) / 1000) + " s", (retryAfter.toMillis() + 999) / 1000);
    }

    public AuthenticationFailedException asAuthenticationFailure() {
        return new AuthenticationFailedException(getMessage(), this);
    }
}
