package io.paiban.floor.attendance;

import io.paiban.platform.csv.CsvExport;

import io.paiban.floor.attendance.AttendanceDtos.EvaluationRunRequest;
import io.paiban.floor.attendance.AttendanceDtos.EvaluationRunResult;
import io.paiban.floor.attendance.AttendanceDtos.EvaluationView;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/api/attendance/evaluations")
@Tag(name = "Attendance evaluations", description = "Per-shift outcomes of the published roster: on time, late, early leave, "
        + "absence, no-show, away violations, overtime, adherence")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Evaluated shifts of a site or an agent between two work dates")
    @APIResponse(responseCode = "400", description = "Neither siteId nor agentId given")
    public List<EvaluationView> list(@QueryParam("siteId") Long siteId, @QueryParam("agentId") Long agentId,
                                     @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return evaluations.list(siteId, agentId, from, to);
    }

    @GET
    @Path("/export.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The same as CSV, one line per shift")
    public Response export(@QueryParam("siteId") Long siteId, @QueryParam("agentId") Long agentId,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return Exports.csv("evaluations.csv", Exports.evaluations(evaluations.list(siteId, agentId, from, to)));
    }

    @POST
    @Path("/run")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Evaluate days again", description = "For corrections the job cannot see (leave approved long after the "
            + "fact, a roster edit, a new policy): evaluates the finished shifts of the site's days from..to (at most 62) and "
            + "generates again the monthly reports of months whose results changed. Running it twice gives the same result.")
    public EvaluationRunResult run(@NotNull @Valid EvaluationRunRequest request) {
        return evaluations.evaluateRange(request.siteId(), request.from(), request.to(), Instant.now());
    }
}
