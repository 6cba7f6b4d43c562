package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.Decision;
import io.paiban.agent.requests.RequestDtos.SwapRequestView;
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

@Path("/api/swap-requests")
@Tag(name = "Swap requests", description = "Agents' shift swaps of the supervisor's sites: approve or refuse")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class SwapRequestResource {

    @Inject
    SwapRequestService swaps;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Swaps of my sites, oldest first")
    public List<SwapRequestView> list(@QueryParam("state") SwapState state, @QueryParam("siteId") Long siteId,
                                      @Parameter(description = "Swaps with a date on or after this date") @QueryParam("from") LocalDate from,
                                      @Parameter(description = "Swaps with a date on or before this date") @QueryParam("to") LocalDate to) {
        return swaps.list(state, siteId, from, to);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "A swap")
    @APIResponse(responseCode = "404", description = "No such swap at my sites")
    public SwapRequestView get(@PathParam("id") long id) {
        return swaps.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/approve")
    @Operation(summary = "Approve an accepted swap", description = "Checked again against the hard rules on the roster as it is now "
            + "(422 naming each rule, and the swap ends REJECTED_BY_RULES). Then both agents' working and published duties are "
            + "exchanged, pinned, logged as SWAP changes, the roster's version goes up and both agents are notified; their "
            + "shift lists and calendar feeds show the new duties.")
    @APIResponse(responseCode = "404", description = "No such swap at my sites")
    @APIResponse(responseCode = "409", description = "Not PENDING_APPROVAL, stale version, a date no longer ahead, the duties changed, "
            + "or a solve job of the roster is live")
    @APIResponse(responseCode = "422", description = "Hard rules broken")
    public SwapRequestView approve(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return swaps.approve(id, decision);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/refuse")
    @Operation(summary = "Refuse an accepted swap", description = "The note (the reason) is required; both agents are notified.")
    @APIResponse(responseCode = "400", description = "No note")
    @APIResponse(responseCode = "404", description = "No such swap at my sites")
    @APIResponse(responseCode = "409", description = "Not PENDING_APPROVAL, or a stale version")
    public SwapRequestView refuse(@PathParam("id") long id, @NotNull @Valid Decision decision) {
        return swaps.refuse(id, decision);
    }
}
