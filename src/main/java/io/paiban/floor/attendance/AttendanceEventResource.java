package io.paiban.floor.attendance;

import io.paiban.floor.attendance.AttendanceDtos.EventImportSummary;
import io.paiban.floor.attendance.AttendanceDtos.EventRequest;
import io.paiban.floor.attendance.AttendanceDtos.EventView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

@Path("/api/attendance/events")
@Tag(name = "Attendance events", description = "Clock-in, clock-out and away periods of agents, from devices or supervisors")
public class AttendanceEventResource {

    @Inject
    AttendanceEventService events;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Record one event", description = "The idempotency key is unique per agent: sending the same key again "
            + "answers 200 with the stored event and records nothing; the same key for a different event is 409. An event that "
            + "does not fit the agent's sequence where it falls in time (in, away-start, away-end, out) is refused with 400. "
            + "An event on an already evaluated day evaluates that day again.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded under this key; nothing changed")
    @APIResponse(responseCode = "400", description = "Unknown agent, out of order, or in the future")
    @APIResponse(responseCode = "409", description = "Key already used for a different event")
    public Response record(@NotNull @Valid EventRequest request) {
        AttendanceEventService.Recorded recorded = events.record(request);
        if (!recorded.created()) {
            return Response.ok(recorded.event()).build();
        }
        return Response.created(URI.create("/api/attendance/events?agentId=" + recorded.event().agentId()))
                .entity(recorded.event()).build();
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Import a device batch (CSV)", description = "Header: employee_no, event (CLOCK_IN, CLOCK_OUT, AWAY_START, "
            + "AWAY_END), occurred_at (ISO-8601 with offset), idempotency_key, and optionally reported, note. All or nothing: "
            + "every bad line (unknown agent, bad value, out of order, key reused for another event) is listed and nothing is "
            + "stored. Lines already stored under their key are skipped, so a re-sent batch records nothing twice.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad lines, listed in errors[] with line and field; nothing stored")
    public EventImportSummary importCsv(InputStream body) {
        return events.importCsv(body);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "An agent's events in time order")
    @APIResponse(responseCode = "404", description = "No such agent")
    public List<EventView> list(@Parameter(required = true) @QueryParam("agentId") @NotNull Long agentId,
                                @Parameter(description = "From this instant (inclusive)") @QueryParam("from") Instant from,
                                @Parameter(description = "Up to this instant (exclusive)") @QueryParam("to") Instant to) {
        return events.list(agentId, from, to);
    }
}
