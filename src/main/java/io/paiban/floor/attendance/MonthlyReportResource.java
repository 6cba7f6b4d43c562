package io.paiban.floor.attendance;

import io.paiban.platform.csv.CsvExport;

import io.paiban.floor.attendance.AttendanceDtos.AgentMonthView;
import io.paiban.floor.attendance.AttendanceDtos.MonthRequest;
import io.paiban.floor.attendance.AttendanceDtos.MonthlyReportView;
import io.paiban.security.AccessScope;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/attendance/reports/monthly")
@Tag(name = "Monthly attendance", description = "Per agent and team: shifts, lateness, absences, fines, bonus, dismissal flags, adherence")
public class MonthlyReportResource {

    @Inject
    MonthlyReportService reports;

    @Inject
    AccessScope scope;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Generate a month's report now", description = "The job does this on the 1st (site time) for the month "
            + "before; generating again replaces the stored rows with the same result unless evaluations or complaints changed.")
    public MonthlyReportView generate(@NotNull @Valid MonthRequest request) {
        return reports.generateChecked(request.siteId(), Months.parse("month", request.month()), Instant.now());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "A site's monthly report, by team")
    @APIResponse(responseCode = "404", description = "Not generated yet")
    public MonthlyReportView get(@Parameter(required = true) @QueryParam("siteId") @NotNull Long siteId,
                                 @Parameter(required = true, example = "2026-03") @QueryParam("month") String month,
                                 @Parameter(description = "Only this team") @QueryParam("team") String team) {
        return reports.reportChecked(siteId, Months.parse("month", month), team);
    }

    @GET
    @Path("/export.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The same as CSV, one line per agent with the team")
    @APIResponse(responseCode = "404", description = "Not generated yet")
    public Response export(@Parameter(required = true) @QueryParam("siteId") @NotNull Long siteId,
                           @Parameter(required = true) @QueryParam("month") String month, @QueryParam("team") String team) {
        MonthlyReportView report = reports.reportChecked(siteId, Months.parse("month", month), team);
        return Exports.csv("attendance-" + report.month() + ".csv", Exports.monthly(report));
    }

    @GET
    @Path("/agents/{agentId}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One agent's month")
    @APIResponse(responseCode = "404", description = "No such agent-month")
    public AgentMonthView agent(@PathParam("agentId") long agentId, @Parameter(required = true) @QueryParam("month") String month) {
        scope.requireAgent(agentId);
        return reports.agentMonth(agentId, Months.parse("month", month));
    }
}
