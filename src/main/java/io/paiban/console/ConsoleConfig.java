package io.paiban.console;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Settings of the web console. */
@ConfigMapping(prefix = "paiban.console")
public interface ConsoleConfig {

    /** HMAC key of the CSRF tokens (32+ characters); without it every start makes a random key. */
    Optional<String> csrfKey();
}
