package io.paiban.floor.attendance.assessment;

import io.paiban.floor.attendance.Months;
import io.paiban.floor.attendance.assessment.AssessmentDtos.PerformanceRequest;
import io.paiban.floor.attendance.assessment.AssessmentDtos.PerformanceView;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/attendance/performance")
@Tag(name = "Agent performance", description = "Monthly contacts handled, handle time and QA score per agent: the assessment's inputs "
        + "from the ACD/chat system and QA sampling")
public class PerformanceResource {

    @Inject
    PerformanceService performance;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "A site's records of one month")
    public List<PerformanceView> list(@Parameter(required = true) @QueryParam("siteId") @NotNull Long siteId,
                                      @Parameter(required = true, example = "2026-03") @QueryParam("month") String month) {
        return performance.list(siteId, Months.parse("month", month));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Get one record")
    @APIResponse(responseCode = "404", description = "No such record")
    public PerformanceView get(@PathParam("id") long id) {
        return performance.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Record an agent's month", description = "One record per agent and month; generate the assessment again "
            + "after late changes.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The agent already has a record for that month")
    public Response create(@NotNull @Valid PerformanceRequest request) {
        PerformanceView created = performance.create(request);
        return Response.created(URI.create("/api/attendance/performance/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Replace a record", description = "Send the version you read; a stale version gives 409.")
    public PerformanceView update(@PathParam("id") long id, @NotNull @Valid PerformanceRequest request) {
        return performance.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete a record")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        performance.delete(id);
    }
}
