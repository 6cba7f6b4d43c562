package io.paiban.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Bearer tokens: a memory hit answers on the calling thread; a miss reads the database on a worker thread. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    ApiTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Optional<ApiTokens.TokenPrincipal> hit = tokens.cached(token);
        if (hit.isPresent()) {
            return Uni.createFrom().item(identity(hit.get()));
        }
        return context.runBlocking(() -> identity(tokens.verify(token)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, expired or revoked bearer token"))));
    }

    private static SecurityIdentity identity(ApiTokens.TokenPrincipal p) {
        return SecurityIdentities.of(p.userId(), p.username(), p.role(), p.mustChangePassword(), p.tokenId());
    }
}
