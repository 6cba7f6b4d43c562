package io.paiban.floor.attendance;

import io.paiban.floor.attendance.ConductDtos.ConductRequest;
import io.paiban.floor.attendance.ConductDtos.ConductView;
import io.paiban.floor.attendance.ConductDtos.FundEntryRequest;
import io.paiban.floor.attendance.ConductDtos.FundView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Conduct violations recorded by supervisors, and the team fund their fines go into. */
@Path("/api/attendance")
@Tag(name = "Conduct and team fund", description = "Refused calls (100, 300, then dismissal), private calls (100), fraud (at least 500, "
        + "dismissal and damages), per calendar month; fines go into the team's fund")
public class ConductResource {

    @Inject
    ConductService conduct;

    @Inject
    TeamFundService funds;

    @POST
    @Path("/conduct-violations")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Record a conduct violation; the answer carries its tier in the month and its fine")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response record(@NotNull @Valid ConductRequest request) {
        ConductView v = conduct.record(request);
        return Response.created(URI.create("/api/attendance/conduct-violations?agentId=" + v.agentId())).entity(v).build();
    }

    @GET
    @Path("/conduct-violations")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
    @Operation(summary = "An agent's violations between two dates, with tiers and fines")
    public List<ConductView> list(@NotNull @QueryParam("agentId") Long agentId, @NotNull @QueryParam("from") LocalDate from,
                                  @NotNull @QueryParam("to") LocalDate to) {
        return conduct.list(agentId, from, to);
    }

    @DELETE
    @Path("/conduct-violations/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete a violation recorded by mistake (later ones of the month move up a tier)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        conduct.delete(id);
    }

    @GET
    @Path("/team-fund")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
    @Operation(summary = "A team's fund: fines in (from the monthly reports), spending out, balance, line by line")
    public FundView fund(@NotNull @QueryParam("siteId") Long siteId, @NotNull @QueryParam("team") String team) {
        return funds.ledgerChecked(siteId, team);
    }

    @POST
    @Path("/team-fund")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Record spending (negative amount, what it was spent on) or a deposit of a team's fund")
    public FundView spend(@NotNull @Valid FundEntryRequest request) {
        return funds.record(request);
    }

    @GET
    @Path("/my-team-fund")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The signed-in agent's team fund (visible to the team)")
    public FundView mine() {
        return funds.mine();
    }
}
