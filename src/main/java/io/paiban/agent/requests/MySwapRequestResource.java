package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.SwapProposal;
import io.paiban.agent.requests.RequestDtos.SwapRequestView;
import io.paiban.agent.requests.RequestDtos.Transition;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/me/swap-requests")
@Tag(name = "My requests")
@RolesAllowed(Roles.AGENT)
public class MySwapRequestResource {

    @Inject
    SwapRequestService swaps;

    @POST
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Propose a shift swap", description = "Exchange published duties with another agent of your site on one or two "
            + "dates after today that one published roster covers: on each date you take their duty (or day off) and they take "
            + "yours. The counterpart then accepts or declines. A retried POST with the same requestKey returns the first request (200).")
    @APIResponse(responseCode = "201", description = "Created, PROPOSED")
    @APIResponse(responseCode = "200", description = "A retry: the request made earlier with this requestKey")
    @APIResponse(responseCode = "400", description = "Yourself or an agent of another site, dates not after today or not in one published "
            + "roster, nothing to exchange")
    @APIResponse(responseCode = "409", description = "An open swap already involves one of you on one of the dates, or the days were "
            + "changed since publication")
    public Response propose(@NotNull @Valid SwapProposal proposal) {
        SwapRequestService.Saved saved = swaps.propose(proposal);
        if (!saved.created()) {
            return Response.ok(saved.request()).build();
        }
        return Response.created(URI.create("/api/me/swap-requests/" + saved.request().id())).entity(saved.request()).build();
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My swaps, as proposer or counterpart, newest first")
    public List<SwapRequestView> list() {
        return swaps.mine();
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Path("/{id}")
    @Operation(summary = "One of my swaps")
    @APIResponse(responseCode = "404", description = "No such swap of yours")
    public SwapRequestView get(@PathParam("id") long id) {
        return swaps.getMine(id);
    }

    @POST
    @RolesAllowed(Roles.AGENT)
    @Path("/{id}/accept")
    @Operation(summary = "Accept a swap proposed to you", description = "The exchange is checked against the hard rules (certification, "
            + "rest, six days on, contract hours...) for both agents. If one breaks, the swap ends REJECTED_BY_RULES and the answer "
            + "is 422 naming each rule in errors[].field; otherwise it waits for a supervisor (PENDING_APPROVAL).")
    @APIResponse(responseCode = "200", description = "PENDING_APPROVAL")
    @APIResponse(responseCode = "403", description = "You proposed it; only the counterpart accepts")
    @APIResponse(responseCode = "404", description = "No such swap of yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED, stale version, a date no longer ahead, or the duties changed")
    @APIResponse(responseCode = "422", description = "Hard rules broken; the swap is now REJECTED_BY_RULES")
    public SwapRequestView accept(@PathParam("id") long id, @Valid Transition transition) {
        return swaps.accept(id, transition);
    }

    @POST
    @RolesAllowed(Roles.AGENT)
    @Path("/{id}/decline")
    @Operation(summary = "Decline a swap proposed to you")
    @APIResponse(responseCode = "403", description = "You proposed it; only the counterpart declines")
    @APIResponse(responseCode = "404", description = "No such swap of yours")
    @APIResponse(responseCode = "409", description = "Not PROPOSED, or a stale version")
    public SwapRequestView decline(@PathParam("id") long id, @Valid Transition transition) {
        return swaps.decline(id, transition);
    }

    @POST
    @RolesAllowed(Roles.AGENT)
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a swap you proposed", description = "While PROPOSED or PENDING_APPROVAL.")
    @APIResponse(responseCode = "403", description = "You are the counterpart; decline instead")
    @APIResponse(responseCode = "404", description = "No such swap of yours")
    @APIResponse(responseCode = "409", description = "Already decided, or a stale version")
    public SwapRequestView cancel(@PathParam("id") long id, @Valid Transition transition) {
        return swaps.cancel(id, transition);
    }
}
