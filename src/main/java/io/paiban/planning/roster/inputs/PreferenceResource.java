package io.paiban.planning.roster.inputs;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.roster.inputs.RosterInputDtos.PreferenceRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.PreferenceView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/agent-preferences")
@Tag(name = "Agent preferences", description = "Desired and undesired days and shifts, soft goals of the roster")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class PreferenceResource {

    @Inject
    PreferenceService inputs;

    @GET
    @Operation(summary = "List wishes, optionally of one agent")
    public List<PreferenceView> list(@QueryParam("agentId") Long agentId) {
        return inputs.list(agentId);
    }

    @POST
    @Operation(summary = "Record a wish")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid PreferenceRequest request) {
        PreferenceView created = inputs.create(request);
        return Response.created(URI.create("/api/agent-preferences/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a wish", description = "Send the version you read; a stale version gives 409.")
    public PreferenceView update(@PathParam("id") long id, @NotNull @Valid PreferenceRequest request) {
        return inputs.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a wish")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        inputs.delete(id);
    }
}
