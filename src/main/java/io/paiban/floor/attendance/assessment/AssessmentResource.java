package io.paiban.floor.attendance.assessment;

import io.paiban.platform.csv.CsvExport;
import io.paiban.floor.attendance.Exports;
import io.paiban.floor.attendance.Months;
import io.paiban.floor.attendance.AttendanceDtos.MonthRequest;
import io.paiban.floor.attendance.assessment.AssessmentDtos.MonthlyAssessmentView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/attendance/assessments")
@Tag(name = "Monthly assessment", description = "Composite ranking of a site's agents, best employees, most improved, bottom list")
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Rank a month now", description = "Uses the month's attendance report (generate it first) and the "
            + "performance records; the job does this on the 1st after the attendance report. Ranking again replaces the month.")
    public MonthlyAssessmentView generate(@NotNull @Valid MonthRequest request) {
        return assessments.generateChecked(request.siteId(), Months.parse("month", request.month()), Instant.now());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "A site's ranking of one month")
    @APIResponse(responseCode = "404", description = "Not generated yet")
    public MonthlyAssessmentView get(@Parameter(required = true) @QueryParam("siteId") @NotNull Long siteId,
                                     @Parameter(required = true, example = "2026-03") @QueryParam("month") String month) {
        return assessments.viewChecked(siteId, Months.parse("month", month));
    }

    @GET
    @Path("/export.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The ranking as CSV")
    @APIResponse(responseCode = "404", description = "Not generated yet")
    public Response export(@Parameter(required = true) @QueryParam("siteId") @NotNull Long siteId,
                           @Parameter(required = true) @QueryParam("month") String month) {
        MonthlyAssessmentView view = assessments.viewChecked(siteId, Months.parse("month", month));
        return Exports.csv("assessment-" + view.month() + ".csv", AssessmentCsv.of(view));
    }
}
