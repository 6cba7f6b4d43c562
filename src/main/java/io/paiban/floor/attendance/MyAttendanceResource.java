package io.paiban.floor.attendance;

import io.paiban.platform.csv.CsvExport;

import io.paiban.floor.attendance.AttendanceDtos.AgentMonthView;
import io.paiban.floor.attendance.AttendanceDtos.EvaluationView;
import io.paiban.floor.attendance.AttendanceDtos.EventView;
import io.paiban.security.AccessScope;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/api/me/attendance")
@Tag(name = "My attendance", description = "The calling agent's own events, shift outcomes, monthly record and assessment")
public class MyAttendanceResource {

    @Inject
    AccessScope scope;

    @Inject
    EvaluationService evaluations;

    @Inject
    AttendanceEventService events;

    @Inject
    MonthlyReportService reports;

    @GET
    @Path("/evaluations")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My evaluated shifts between two work dates")
    @APIResponse(responseCode = "403", description = "The account is not linked to an agent")
    public List<EvaluationView> evaluations(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return evaluations.query(null, scope.ownAgentId(), from, to);
    }

    @GET
    @Path("/evaluations/export.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My evaluated shifts as CSV")
    public Response export(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return Exports.csv("my-evaluations.csv", Exports.evaluations(evaluations.query(null, scope.ownAgentId(), from, to)));
    }

    @GET
    @Path("/events")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My clock and away events")
    public List<EventView> events(@QueryParam("from") Instant from, @QueryParam("to") Instant to) {
        return events.list(scope.ownAgentId(), from, to);
    }

    @GET
    @Path("/months/{month}")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My attendance month (yyyy-MM)")
    @APIResponse(responseCode = "404", description = "Not generated yet")
    public AgentMonthView month(@PathParam("month") String month) {
        return reports.agentMonth(scope.ownAgentId(), Months.parse("month", month));
    }
}
