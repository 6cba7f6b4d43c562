package io.paiban.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * The demo accounts' passwords are published (README, start-up banner). That is harmless while the service
 * listens on the loopback interface only, its default; bound to any other address, a demo account must change
 * its password before it may do anything else.
 */
@ApplicationScoped
public class DemoExposure {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1");

    @ConfigProperty(name = "quarkus.http.host", defaultValue = "0.0.0.0")
    String host;

    public boolean mustChangePassword(AccountStore.Credentials account) {
        return mustChangePassword(account.demoAccount(), account.passwordChangedAt() != null, host);
    }

    static boolean mustChangePassword(boolean demoAccount, boolean passwordChanged, String boundHost) {
        return demoAccount && !passwordChanged && !isLoopback(boundHost);
    }

    static boolean isLoopback(String host) {
        return host != null && (LOOPBACK.contains(host.strip().toLowerCase()) || host.strip().startsWith("127."));
    }
}
