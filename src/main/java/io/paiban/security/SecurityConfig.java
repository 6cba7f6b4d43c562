package io.paiban.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
