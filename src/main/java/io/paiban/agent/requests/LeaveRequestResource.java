package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.CoverageEffect;
import io.paiban.agent.requests.RequestDtos.Decision;
import io.paiban.agent.requests.RequestDtos.LeaveRequestView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/leave-requests")
@Tag(name = "Leave requests", description = "Agents' leave requests of the supervisor's sites: coverage effect, approve, refuse")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class LeaveRequestResource {

    @Inject
    LeaveRequestService leave;

    @Inject
    CoverageEffectService coverage;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Leave requests of my sites, by first date")
    public List<LeaveRequestView> list(@QueryParam("state") LeaveState state, @QueryParam("siteId") Long siteId,
                                       @Parameter(description = "Requests ending on or after this date") @QueryParam("from") LocalDate from,
                                       @Parameter(description = "Requests starting on or before this date") @QueryParam("to") LocalDate to) {
        return leave.list(state, siteId, from, to);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "A leave request")
    @APIResponse(responseCode = "404", description = "No such request at my sites")
    public LeaveRequestView get(@PathParam("id") long id) {
        return leave.get(id);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/coverage-effect")
    @Operation(summary = "What the leave does to coverage", description = "For each published roster covering the dates, the queue "
            + "intervals the agent is rostered in (shifts starting on a leave day): required, rostered now, rostered without the "
            + "agent, shortfall before and after, with totals. rostered=false and no rosters when no published roster covers the dates.")
    @APIResponse(responseCode = "404", description = "No such request at my sites")
    public CoverageEffect coverageEffect(@PathParam("id") long id) {
        return coverage.effect(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/approve")
    @Operation(summary = "Approve a pending leave request", description = "Records an approved LEAVE absence for the days, notifies the "
            + "agent, then starts a FILL_GAPS re-plan of every published roster covering the days where the agent has a shift "
            + "(replans[] holds each job id, or why none was started). Publish the re-planned roster to show agents the result.")
    @APIResponse(responseCode = "404", description = "No such request at my sites")
    @APIResponse(responseCode = "409", description = "Not PENDING, or a stale version")
    public LeaveRequestView approve(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return leave.approve(id, decision);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/refuse")
    @Operation(summary = "Refuse a pending leave request", description = "The note (the reason) is required; the agent is notified.")
    @APIResponse(responseCode = "400", description = "No note")
    @APIResponse(responseCode = "404", description = "No such request at my sites")
    @APIResponse(responseCode = "409", description = "Not PENDING, or a stale version")
    public LeaveRequestView refuse(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return leave.refuse(id, decision);
    }
}
