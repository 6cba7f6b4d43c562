package io.paiban.agent.selfservice;

import io.paiban.planning.roster.publication.PublishedShiftService.PublishedShift;
import io.paiban.security.Roles;
import io.paiban.agent.selfservice.SelfServiceDtos.FeedIssued;
import io.paiban.agent.selfservice.SelfServiceDtos.FeedStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/me")
@Tag(name = "Agent self-service", description = "An agent's own published shifts and calendar feed")
@RolesAllowed(Roles.AGENT)
public class MyShiftResource {

    @Inject
    MyShiftService shifts;

    @Inject
    CalendarFeedService feeds;

    @GET
    @Path("/shifts")
    @Operation(summary = "Own published shifts", description = "Every published day (shift or day off) in the range with local "
            + "times in the site zone and instants, queue, breaks and the logged changes of that day. Default: today and the "
            + "next 13 days; at most 92 days.")
    @APIResponse(responseCode = "403", description = "The account is not linked to an agent")
    public List<PublishedShift> shifts(@Parameter(description = "First site-local date, inclusive") @QueryParam("from") LocalDate from,
                                       @Parameter(description = "Last site-local date, inclusive") @QueryParam("to") LocalDate to) {
        return shifts.shifts(from, to);
    }

    @GET
    @Path("/calendar-feed")
    @Operation(summary = "State of own calendar feed")
    public FeedStatus feedStatus() {
        return feeds.ownStatus();
    }

    @POST
    @Path("/calendar-feed")
    @Operation(summary = "Issue a calendar feed URL", description = "Returns an https URL with a secret token for phone calendars "
            + "(subscribe to it). The token is shown once; issuing again revokes the previous URL.")
    @APIResponse(responseCode = "201", description = "Issued")
    public Response issueFeed(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return Response.status(201).entity(feeds.issueOwn(base)).build();
    }

    @DELETE
    @Path("/calendar-feed")
    @Operation(summary = "Revoke own calendar feed", description = "The URL stops working at once (404).")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeFeed() {
        feeds.revokeOwn();
    }
}
