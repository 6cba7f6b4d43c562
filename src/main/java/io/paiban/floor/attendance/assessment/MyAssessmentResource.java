package io.paiban.floor.attendance.assessment;

import io.paiban.floor.attendance.Months;
import io.paiban.floor.attendance.assessment.AssessmentDtos.AssessmentView;
import io.paiban.security.AccessScope;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me/attendance/assessments")
@Tag(name = "My attendance")
public class MyAssessmentResource {

    @Inject
    AccessScope scope;

    @Inject
    AssessmentService assessments;

    @GET
    @Path("/{month}")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My assessment of a month (yyyy-MM): rank, score, award")
    @APIResponse(responseCode = "404", description = "Not generated yet")
    public AssessmentView assessment(@PathParam("month") String month) {
        return assessments.agentMonth(scope.ownAgentId(), Months.parse("month", month));
    }
}
