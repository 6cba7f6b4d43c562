package io.paiban.planning.staffing;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.staffing.StaffingRunDtos.DayView;
import io.paiban.planning.staffing.StaffingRunDtos.IntervalView;
import io.paiban.planning.staffing.StaffingRunDtos.StaffingRunRequest;
import io.paiban.planning.staffing.StaffingRunDtos.StaffingRunView;
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
import java.time.Instant;
import java.util.List;

@Path("/api/staffing-runs")
@Tag(name = "Staffing", description = "Erlang C/A and chat staffing calculations (formulas in docs/staffing.md)")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class StaffingRunResource {

    @Inject
    StaffingRunService runs;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Staff a forecast run", description = "Per queue and interval of the forecast run: required agents "
            + "before and after shrinkage and the expected service level, ASA, abandonment and occupancy at that staffing. "
            + "Phone: Erlang C (Erlang A with a patience); chat: concurrency slots; email and tickets: the least staffing that "
            + "clears every item by its deadline, backlog carried across intervals and days.")
    @APIResponse(responseCode = "201", description = "Computed and stored")
    @APIResponse(responseCode = "400", description = "Invalid option, or the forecast run does not exist (field forecastRunId)")
    @APIResponse(responseCode = "422", description = "A queue's target or deadline cannot be met")
    public Response create(@NotNull @Valid StaffingRunRequest request) {
        StaffingRunView created = runs.create(request);
        return Response.created(URI.create("/api/staffing-runs/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List staffing runs, newest first, optionally of one forecast run")
    public List<StaffingRunView> list(@QueryParam("forecastRunId") Long forecastRunId) {
        return runs.list(forecastRunId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a staffing run with its per-queue summary")
    @APIResponse(responseCode = "404", description = "No such run")
    public StaffingRunView get(@PathParam("id") long id) {
        return runs.get(id);
    }

    @GET
    @Path("/{id}/intervals")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Required agents and expected metrics per queue and interval")
    public List<IntervalView> intervals(@PathParam("id") long id, @QueryParam("queueId") Long queueId,
                                        @Parameter(description = "ISO instant, inclusive") @QueryParam("from") Instant from,
                                        @Parameter(description = "ISO instant, exclusive") @QueryParam("to") Instant to) {
        return runs.intervals(id, queueId, from, to);
    }

    @GET
    @Path("/{id}/days")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Peak agents and agent-hours per queue and site-local day")
    public List<DayView> days(@PathParam("id") long id, @QueryParam("queueId") Long queueId) {
        return runs.days(id, queueId);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Path("/{id}")
    @Operation(summary = "Delete a staffing run")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        runs.delete(id);
    }
}
