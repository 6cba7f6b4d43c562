package io.paiban.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Account settings, under {@code paiban.security}. */
@ConfigMapping(prefix = "paiban.security")
public interface SecurityConfig {

    /** bcrypt cost factor for new password hashes; each login check costs 2^cost rounds. */
    @WithDefault("10")
    int bcryptCost();

    /**
     * An administrator created at start when no ADMIN account exists yet, for deployments that
     * pass the first credentials as secrets (PAIBAN_SECURITY_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD).
     */
    BootstrapAdmin bootstrapAdmin();

    interface BootstrapAdmin {
        Optional<String> username();

        Optional<String> password();
    }

    /** Bearer tokens for REST clients (POST /api/auth/token). */
    Tokens tokens();

    /** Slowing and locking repeated failed sign-ins. */
    Lockout lockout();

    /** What a new password must satisfy. */
    PasswordPolicy passwordPolicy();

    interface Tokens {
        /** Life of an access token. */
        @WithDefault("30M")
        Duration accessTtl();

        /** Life of a refresh token; each refresh replaces both tokens. */
        @WithDefault("12H")
        Duration refreshTtl();

        /**
         * How long a verified token is remembered in memory. Revocation on this instance clears it at once;
         * another instance sees a revocation after at most this long.
         */
        @WithDefault("30S")
        Duration cacheTtl();

        /** Most tokens remembered at once. */
        @WithDefault("20000")
        int cacheSize();
    }

    interface Lockout {
        /** Failed sign-ins within the window for one account from one address before that pair is locked. */
        @WithDefault("5")
        int accountFailures();

        /** Failed sign-ins within the window from one address (any account) before the address is locked. */
        @WithDefault("20")
        int addressFailures();

        /** Failed sign-ins within the window for one account from any address before the account is locked. */
        @WithDefault("50")
        int accountTotalFailures();

        @WithDefault("15M")
        Duration window();

        /** How long a lock lasts (answered with 429 and Retry-After). */
        @WithDefault("5M")
        Duration lockFor();

        /** Each failure after the first of a pair answers this much later (not holding a thread), up to 2 s. */
        @WithDefault("200MS")
        Duration slowdownStep();
    }

    interface PasswordPolicy {
        @WithDefault("10")
        int minLength();
    }
}
