package io.paiban.masterdata.workforce;

import io.paiban.kernel.EmploymentType;

import io.paiban.kernel.AgentStatus;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.masterdata.workforce.AgentDtos.AgentPage;
import io.paiban.masterdata.workforce.AgentDtos.AgentRequest;
import io.paiban.masterdata.workforce.AgentDtos.AgentView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;

@Path("/api/agents")
@Tag(name = "Agents", description = "Agents, their employment, status, certifications, contract hours and cost")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class AgentResource {

    @Inject
    AgentService agents;

    @GET
    @Operation(summary = "List agents, filtered and paged (by employee number)")
    public AgentPage list(@QueryParam("siteId") Long siteId,
                          @QueryParam("status") AgentStatus status,
                          @QueryParam("employmentType") EmploymentType employmentType,
                          @Parameter(description = "Only agents certified for this queue") @QueryParam("queueId") Long queueId,
                          @QueryParam("page") @DefaultValue("0") int page,
                          @Parameter(description = "1 to 500") @QueryParam("size") @DefaultValue("100") int size) {
        AgentFilter filter = new AgentFilter(Optional.ofNullable(siteId), Optional.ofNullable(status),
                Optional.ofNullable(employmentType), Optional.ofNullable(queueId));
        return agents.list(filter, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AgentView get(@PathParam("id") long id) {
        return agents.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create an agent")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid AgentRequest request) {
        AgentView created = agents.create(request);
        return Response.created(URI.create("/api/agents/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "Replace an agent", description = "Send the version you read; a stale version gives 409.")
    public AgentView update(@PathParam("id") long id, @NotNull @Valid AgentRequest request) {
        return agents.update(id, request);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "Delete an agent", description = "For agents who leave, prefer status LEFT, which keeps their history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        agents.delete(id);
    }
}
