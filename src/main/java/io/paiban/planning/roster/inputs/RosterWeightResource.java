package io.paiban.planning.roster.inputs;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.roster.inputs.RosterInputDtos.WeightRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.WeightView;
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

@Path("/api/roster-weights")
@Tag(name = "Roster weights", description = "Constraint weights per site or client (medium and soft goals; hard rules always hold)")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class RosterWeightResource {

    @Inject
    RosterWeightService inputs;

    @GET
    @Path("/constraints")
    @Operation(summary = "Every roster constraint with its level and default weight")
    public List<RosterWeights.ConstraintInfo> constraints() {
        return inputs.constraints();
    }

    @GET
    @Operation(summary = "List weight overrides, optionally of one site or client")
    public List<WeightView> list(@QueryParam("siteId") Long siteId, @QueryParam("clientId") Long clientId) {
        return inputs.list(siteId, clientId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Set a weight for a site or a client", description = "Site weights win over client weights; when clients "
            + "served on one site disagree, the highest weight applies. Hard rules are refused (400).")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "This site or client already has a weight for the constraint")
    public Response create(@NotNull @Valid WeightRequest request) {
        WeightView created = inputs.create(request);
        return Response.created(URI.create("/api/roster-weights/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "Replace a weight", description = "Send the version you read; a stale version gives 409.")
    public WeightView update(@PathParam("id") long id, @NotNull @Valid WeightRequest request) {
        return inputs.update(id, request);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "Delete a weight (back to the client's or the default)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        inputs.delete(id);
    }
}
