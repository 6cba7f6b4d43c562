package io.paiban.planning.activity;

import io.paiban.planning.activity.ActivityDtos.CoverageRow;
import io.paiban.planning.activity.ActivityDtos.PlanResult;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** A roster's activities: planning them after the shift solve, and the coverage they leave. */
@Path("/api/rosters/{id}/activities")
@Tag(name = "Activities")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class RosterActivityResource {

    @Inject
    ActivityPlanningService planning;

    // ---- planning a roster

    @POST
    @Path("/plan")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Plan the roster's activities after the shift solve",
            description = "Rebuilds the recurring group activities and places every break and lunch in its window, staggered to "
                    + "least hurt coverage. Returns the coverage with fixed and with placed breaks. Booked activities stay.")
    @APIResponse(responseCode = "404", description = "No such roster")
    public PlanResult plan(@PathParam("id") long id) {
        return planning.plan(id);
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Coverage per queue and 15-minute slot of a date, with the roster's activities taken off the queues")
    public List<CoverageRow> coverage(@PathParam("id") long id, @NotNull @QueryParam("date") LocalDate date,
                                      @QueryParam("queueId") Long queueId) {
        return planning.coverage(id, date, queueId);
    }

}
