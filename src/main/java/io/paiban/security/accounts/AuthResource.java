package io.paiban.security.accounts;

import io.paiban.security.ApiTokens;
import io.paiban.security.Roles;
import io.paiban.security.SecurityIdentities;
import io.paiban.security.accounts.AuthDtos.RefreshRequest;
import io.paiban.security.accounts.AuthDtos.TokenRequest;
import io.paiban.security.accounts.AuthDtos.TokenView;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;

@Path("/api/auth")
@Tag(name = "Sign-in", description = "Bearer tokens for REST clients: sign in once, then send the token")
public class AuthResource {

    @Inject
    IdentityProviderManager identities;

    @Inject
    CurrentVertxRequest httpRequest;

    @Inject
    ApiTokens tokens;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/token")
    @PermitAll
    @Operation(summary = "Sign in and get a bearer token",
            description = "Checks the password once (bcrypt) and returns an opaque access token and a refresh token. "
                    + "Failed sign-ins are slowed and then locked per account and client address (429 with Retry-After).")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Wrong username or password, or the account is disabled")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins; wait Retry-After seconds")
    public TokenView token(@NotNull @Valid TokenRequest request) {
        UsernamePasswordAuthenticationRequest auth = new UsernamePasswordAuthenticationRequest(request.username(),
                new PasswordCredential(request.password().toCharArray()));
        if (httpRequest.getCurrent() != null) {
            HttpSecurityUtils.setRoutingContextAttribute(auth, httpRequest.getCurrent());
        }
        SecurityIdentity signedIn = identities.authenticateBlocking(auth);
        Long userId = signedIn.getAttribute(SecurityIdentities.USER_ID);
        return view(tokens.issue(userId), signedIn.hasRole(Roles.PASSWORD_CHANGE_REQUIRED));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Exchange a refresh token for a new pair", description = "The old pair is revoked; a refresh token works once.")
    @APIResponse(responseCode = "200", description = "New tokens")
    @APIResponse(responseCode = "401", description = "Unknown, expired, used or revoked refresh token")
    public TokenView refresh(@NotNull @Valid RefreshRequest request) {
        ApiTokens.Issued issued = tokens.refresh(request.refreshToken())
                .orElseThrow(() -> new AuthenticationFailedException("unknown, expired, used or revoked refresh token"));
        ApiTokens.TokenPrincipal principal = tokens.verify(issued.accessToken()).orElseThrow(AuthenticationFailedException::new);
        return view(issued, principal.mustChangePassword());
    }

    @POST
    @Path("/sign-out")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.AGENT, Roles.CLIENT_VIEWER, Roles.PASSWORD_CHANGE_REQUIRED})
    @Operation(summary = "Sign out", description = "Revokes the bearer token of this call; with all=true, or when called with HTTP Basic, every token of the account.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void signOut(@QueryParam("all") @DefaultValue("false") boolean all) {
        Long tokenId = identity.getAttribute(SecurityIdentities.TOKEN_ID);
        if (all || tokenId == null) {
            tokens.revokeAll(identity.<Long>getAttribute(SecurityIdentities.USER_ID));
        } else {
            tokens.revoke(tokenId);
        }
    }

    private static TokenView view(ApiTokens.Issued issued, boolean mustChange) {
        long expiresIn = Math.max(0, Duration.between(Instant.now(), issued.expiresAt()).toSeconds());
        return new TokenView(issued.accessToken(), "Bearer", expiresIn, issued.expiresAt(), issued.refreshToken(),
                issued.refreshExpiresAt(), mustChange);
    }
}
