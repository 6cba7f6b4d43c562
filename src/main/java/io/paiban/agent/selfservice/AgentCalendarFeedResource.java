package io.paiban.agent.selfservice;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/agents/{agentId}/calendar-feed")
@Tag(name = "Calendar feeds")
public class AgentCalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Revoke an agent's calendar feed", description = "For a lost phone or a leaver; the agent can issue a new one.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such agent, or not on a site of the supervisor")
    public void revoke(@PathParam("agentId") long agentId) {
        feeds.revokeFor(agentId);
    }
}
