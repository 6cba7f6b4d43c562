package io.paiban.security;

import io.paiban.platform.error.ApiException;
import io.quarkus.arc.Arc;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Loads the calling account once per request. */
@RequestScoped
public class CallerResolver {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest httpRequest;

    @Inject
    AgentDirectory agents;

    private Caller caller;

    Caller caller() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        if (identity.isAnonymous()) {
            // Only @PermitAll endpoints admit anonymous HTTP callers, and they never ask for a scope.
            if (httpRequest.getCurrent() != null) {
                throw new UnauthorizedException();
            }
            return Caller.SYSTEM;
        }
        UserAccount user = UserAccount.findByUsername(identity.getPrincipal().getName());
        if (user == null) {
            throw new UnauthorizedException();
        }
        Long agentSiteId = null;
        if (user.agentId != null) {
            agentSiteId = agents.siteOf(user.agentId).orElseThrow(
                    () -> ApiException.forbidden("the account is linked to an agent record that no longer exists"));
        }
        return new Caller(user.username, user.userRole(), user.agentId, agentSiteId, user.clientId,
                Set.copyOf(user.siteIds), Set.copyOf(user.clientIds));
    }

    static boolean requestActive() {
        return Arc.container().requestContext().isActive();
    }
}
