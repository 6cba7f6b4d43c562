package io.paiban.masterdata.workforce;

import io.paiban.security.AgentDirectory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Tells security where an agent works. */
@ApplicationScoped
public class AgentSites implements AgentDirectory {

    @Override
    public Optional<Long> siteOf(long agentId) {
        return Agent.<Agent>findByIdOptional(agentId).map(agent -> agent.site.id);
    }
}
