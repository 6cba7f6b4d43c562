package io.paiban.security;

import java.util.Optional;

/**
 * The one fact about agents that scoping needs: where an agent works. The workforce master data implements it, so
 * that security depends on no feature package (features depend on security).
 */
public interface AgentDirectory {

    /** The site of an agent; empty when there is no such agent. */
    Optional<Long> siteOf(long agentId);
}
