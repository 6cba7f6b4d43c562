package io.paiban.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.Set;

/**
 * What the calling user may see, decided on the server from the user's account, never from ids in
 * the request. Out-of-scope ids are reported as 404 so that their existence is not revealed.
 */
@RequestScoped
public class AccessScope {

    /** Throws 404 unless the caller may see data of this site. */
    public void requireSite(long siteId) {
    }

    /** Throws 404 unless the caller may see data of this client. */
    public void requireClient(long clientId) {
    }

    /** Throws 404 unless the caller may see this agent: own record, or an agent of a visible site. */
    public void requireAgent(long agentId) {
    }

    /** The sites the caller may see; empty means all sites. */
    public Optional<Set<Long>> visibleSiteIds() {
        return Optional.empty();
    }

    /** The clients the caller may see; empty means all clients. */
    public Optional<Set<Long>> visibleClientIds() {
        return Optional.empty();
    }

    /** The agent record linked to the calling AGENT user; 403 when the caller has none. */
    public long ownAgentId() {
        throw new UnsupportedOperationException("security not wired yet");
    }
}
