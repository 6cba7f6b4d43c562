package io.paiban.security;

import io.paiban.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the calling user may see, decided on the server from the user's account, never from ids in
 * the request. Out-of-scope ids are reported as 404 so that their existence is not revealed.
 * <p>
 * Sites grant people and rosters (agents, absences, rosters, attendance); clients grant the shop's
 * data (the client, its queues, service reports, statements). ADMIN and PLANNER see everything;
 * which endpoints a role may call at all is declared with {@code @RolesAllowed}.
 */
@ApplicationScoped
public class AccessScope {

    @Inject
    CallerResolver resolver;

    @Inject
    AgentDirectory agents;

    public Caller caller() {
        return CallerResolver.requestActive() ? resolver.caller() : Caller.SYSTEM;
    }

    /** Throws 404 unless the caller may see data of this site. */
    public void requireSite(long siteId) {
        if (!canSeeSite(siteId)) {
            throw ApiException.notFound("site", siteId);
        }
    }

    /** Throws 404 unless the caller may see data of this client. */
    public void requireClient(long clientId) {
        if (!canSeeClient(clientId)) {
            throw ApiException.notFound("client", clientId);
        }
    }

    /** Throws 404 unless the caller may see this agent: own record, or an agent of a visible site. */
    public void requireAgent(long agentId) {
        if (!canSeeAgent(agentId)) {
            throw ApiException.notFound("agent", agentId);
        }
    }

    /** For request bodies naming an agent: an invisible agent is reported like an unknown one (400). */
    public void requireAgentField(String field, long agentId) {
        if (!canSeeAgent(agentId)) {
            throw ApiException.invalidField(field, "agent " + agentId + " does not exist");
        }
    }

    public boolean canSeeAgent(long agentId) {
        Caller caller = caller();
        if (caller.seesEverything() || Objects.equals(caller.agentId(), agentId)) {
            return true;
        }
        if (caller.role() == Role.SUPERVISOR) {
            return agents.siteOf(agentId).map(caller.siteIds()::contains).orElse(false);
        }
        return false;
    }

    public boolean canSeeSite(long siteId) {
        Caller caller = caller();
        return caller.seesEverything()
                || caller.role() == Role.SUPERVISOR && caller.siteIds().contains(siteId)
                || caller.role() == Role.AGENT && Objects.equals(caller.agentSiteId(), siteId);
    }

    public boolean canSeeClient(long clientId) {
        Caller caller = caller();
        return caller.seesEverything()
                || caller.role() == Role.SUPERVISOR && caller.clientIds().contains(clientId)
                || caller.role() == Role.CLIENT_VIEWER && Objects.equals(caller.clientId(), clientId);
    }

    /** The sites the caller may see; empty means all sites. */
    public Optional<Set<Long>> visibleSiteIds() {
        Caller caller = caller();
        if (caller.seesEverything()) {
            return Optional.empty();
        }
        return Optional.of(switch (caller.role()) {
            case SUPERVISOR -> caller.siteIds();
            case AGENT -> caller.agentSiteId() == null ? Set.of() : Set.of(caller.agentSiteId());
            default -> Set.of();
        });
    }

    /** The clients the caller may see; empty means all clients. */
    public Optional<Set<Long>> visibleClientIds() {
        Caller caller = caller();
        if (caller.seesEverything()) {
            return Optional.empty();
        }
        return Optional.of(switch (caller.role()) {
            case SUPERVISOR -> caller.clientIds();
            case CLIENT_VIEWER -> caller.clientId() == null ? Set.of() : Set.of(caller.clientId());
            default -> Set.of();
        });
    }

    /** The agent record linked to the calling user; 403 when the caller has none. */
    public long ownAgentId() {
        Long agentId = caller().agentId();
        if (agentId == null) {
            throw ApiException.forbidden("this account is not linked to an agent record");
        }
        return agentId;
    }

    /** The signed-in username, recorded as the actor of changes. */
    public String actor() {
        return caller().username();
    }
}
