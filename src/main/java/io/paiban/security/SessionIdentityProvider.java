package io.paiban.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The console's session cookie (form sign-in) names a user whose password was checked at sign-in; each request
 * re-reads the account, so a disabled or deleted account loses its session at once and a role change applies
 * on the next page.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AccountStore accounts;

    @Inject
    DemoExposure demo;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> accounts.byUsername(Usernames.normalise(username))
                .filter(a -> a.disabledAt() == null)
                .map(a -> SecurityIdentities.of(a.id(), a.username(), a.role(), demo.mustChangePassword(a), null))
                .orElseThrow(() -> new AuthenticationFailedException("the session's account no longer exists or is disabled")));
    }
}
