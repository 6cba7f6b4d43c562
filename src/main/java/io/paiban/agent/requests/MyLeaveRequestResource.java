package io.paiban.agent.requests;

import io.paiban.agent.requests.RequestDtos.LeaveRequestCreate;
import io.paiban.agent.requests.RequestDtos.LeaveRequestView;
import io.paiban.agent.requests.RequestDtos.Transition;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/me/leave-requests")
@Tag(name = "My requests", description = "An agent's own leave requests, shift swaps and notifications (docs/self-service.md)")
@RolesAllowed(Roles.AGENT)
public class MyLeaveRequestResource {

    @Inject
    LeaveRequestService leave;

    @POST
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Ask for personal leave", description = "Whole site-local days, at the earliest the next day: personal leave is "
            + "asked for at least one day ahead and same-day requests are refused (400 naming firstDate). At most "
            + "paiban.requests.max-leave-days days (default 30). A retried POST with the same requestKey returns the first request (200).")
    @APIResponse(responseCode = "201", description = "Created, PENDING")
    @APIResponse(responseCode = "200", description = "A retry: the request made earlier with this requestKey")
    @APIResponse(responseCode = "400", description = "Same-day or past firstDate, lastDate before firstDate, too long")
    @APIResponse(responseCode = "409", description = "A pending or approved request of yours overlaps these days, or the requestKey was used for other days")
    public Response create(@NotNull @Valid LeaveRequestCreate request) {
        LeaveRequestService.Saved saved = leave.create(request);
        if (!saved.created()) {
            return Response.ok(saved.request()).build();
        }
        return Response.created(URI.create("/api/me/leave-requests/" + saved.request().id())).entity(saved.request()).build();
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My leave requests, newest first")
    public List<LeaveRequestView> list() {
        return leave.mine();
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Path("/{id}")
    @Operation(summary = "One of my leave requests")
    @APIResponse(responseCode = "404", description = "No such request of yours")
    public LeaveRequestView get(@PathParam("id") long id) {
        return leave.getMine(id);
    }

    @DELETE
    @RolesAllowed(Roles.AGENT)
    @Path("/{id}")
    @Operation(summary = "Cancel a pending leave request", description = "The request stays, CANCELLED. Pass the version read to guard "
            + "against a decision made in between.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such request of yours")
    @APIResponse(responseCode = "409", description = "Already decided or cancelled, or a stale version")
    public LeaveRequestView cancel(@PathParam("id") long id,
                                   @Parameter(description = "The version read (optional)") @QueryParam("version") Long version) {
        return leave.cancel(id, new Transition(version));
    }
}
