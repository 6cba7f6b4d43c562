package io.paiban.agent.selfservice;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Calendar feeds", description = "iCalendar (RFC 5545) feeds of published shifts for phone calendars")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    @Inject
    CalendarFeedService feeds;

    @GET
    @Path("/calendar-feeds/{token}.ics")
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "An agent's shift calendar", description = "No sign-in: the secret token in the URL identifies the agent. "
            + "Published shifts from 30 days back to 90 days ahead, as UTC events with a stable UID per agent-day.")
    @APIResponse(responseCode = "200", description = "text/calendar")
    @APIResponse(responseCode = "404", description = "Unknown or revoked token")
    public String feed(@PathParam("token") String token) {
        return feeds.feed(token);
    }
}
