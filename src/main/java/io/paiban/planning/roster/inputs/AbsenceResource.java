package io.paiban.planning.roster.inputs;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.roster.inputs.RosterInputDtos.AbsenceRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.AbsenceView;
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
import java.time.LocalDate;
import java.util.List;

@Path("/api/absences")
@Tag(name = "Absences", description = "Leave, sick calls and unavailability of agents; approved ones bind the roster")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class AbsenceResource {

    @Inject
    AbsenceService inputs;

    @GET
    @Operation(summary = "List absences, optionally of one agent and overlapping a date range")
    public List<AbsenceView> list(@QueryParam("agentId") Long agentId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return inputs.list(agentId, from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one absence")
    @APIResponse(responseCode = "404", description = "No such absence")
    public AbsenceView get(@PathParam("id") long id) {
        return inputs.get(id);
    }

    @POST
    @Operation(summary = "Record an absence", description = "Whole days or a time range. A published roster is not changed by "
            + "itself: re-plan it (POST /api/rosters/{id}/replan) to move the affected shifts.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid AbsenceRequest request) {
        AbsenceView created = inputs.create(request);
        return Response.created(URI.create("/api/absences/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an absence", description = "Send the version you read; a stale version gives 409.")
    public AbsenceView update(@PathParam("id") long id, @NotNull @Valid AbsenceRequest request) {
        return inputs.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an absence")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        inputs.delete(id);
    }
}
