package io.paiban.security;

import java.util.Set;

/**
 * Who is calling, as far as scoping data goes. The system caller (scheduled jobs, start-up) sees
 * everything; HTTP callers see what their account grants.
 */
public record Caller(String username, Role role, Long agentId, Long agentSiteId, Long clientId,
                     Set<Long> siteIds, Set<Long> clientIds) {

    public static final Caller SYSTEM = new Caller("system", Role.ADMIN, null, null, null, Set.of(), Set.of());

    public boolean seesEverything() {
        return role == Role.ADMIN || role == Role.PLANNER;
    }
}
