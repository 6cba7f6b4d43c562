package io.paiban.planning.activity;

import io.paiban.kernel.ActivityKind;
import io.paiban.planning.activity.ActivityDtos.ActivityRequest;
import io.paiban.planning.activity.ActivityDtos.ActivityRuleRequest;
import io.paiban.planning.activity.ActivityDtos.ActivityRuleView;
import io.paiban.planning.activity.ActivityDtos.ActivityView;
import io.paiban.planning.activity.ActivityDtos.BreakWindowRequest;
import io.paiban.planning.activity.ActivityDtos.BreakWindowView;
import io.paiban.planning.activity.ActivityDtos.CoverageRow;
import io.paiban.planning.activity.ActivityDtos.GroupActivityRequest;
import io.paiban.planning.activity.ActivityDtos.HandoverNoteRequest;
import io.paiban.planning.activity.ActivityDtos.HandoverNoteView;
import io.paiban.planning.activity.ActivityDtos.MissingNote;
import io.paiban.planning.activity.ActivityDtos.PlanResult;
import io.paiban.planning.activity.ActivityRuleService.BreakWindowService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Activities inside shifts: recurring rules, break windows, planning a roster's activities, bookings, handover notes. */
@Path("/api")
@Tag(name = "Activities", description = "Breaks placed in windows, meetings, briefings, handovers, coaching and training inside shifts")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class ActivityResource {

    @Inject
    ActivityRuleService rules;

    @Inject
    BreakWindowService windows;

    @Inject
    ActivityService activities;

    @Inject
    HandoverService handovers;

    // ---- recurring rules

    @GET
    @Path("/activity-rules")
    @Operation(summary = "List recurring group activities (those of every site and, with siteId, of that site)")
    public List<ActivityRuleView> rules(@QueryParam("siteId") Long siteId) {
        return rules.list(siteId);
    }

    @POST
    @Path("/activity-rules")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create a recurring group activity (weekly meeting, briefing, handover)")
    @APIResponse(responseCode = "201", description = "Created")
    public Response createRule(@NotNull @Valid ActivityRuleRequest request) {
        ActivityRuleView v = rules.create(request);
        return Response.created(URI.create("/api/activity-rules/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("/activity-rules/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Replace a rule", description = "Send the version you read; a stale version gives 409.")
    public ActivityRuleView updateRule(@PathParam("id") long id, @NotNull @Valid ActivityRuleRequest request) {
        return rules.update(id, request);
    }

    @DELETE
    @Path("/activity-rules/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete a rule (planned activities stay until the roster is planned again)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteRule(@PathParam("id") long id) {
        rules.delete(id);
    }

    // ---- break windows

    @GET
    @Path("/break-windows")
    @Operation(summary = "List break and lunch windows of the shift templates")
    public List<BreakWindowView> windows(@QueryParam("templateId") Long templateId) {
        return windows.list(templateId);
    }

    @POST
    @Path("/break-windows")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a break or lunch window to a template")
    @APIResponse(responseCode = "201", description = "Created")
    public Response createWindow(@NotNull @Valid BreakWindowRequest request) {
        BreakWindowView v = windows.create(request);
        return Response.created(URI.create("/api/break-windows/" + v.id())).entity(v).build();
    }

    @PUT
    @Path("/break-windows/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a window", description = "Send the version you read; a stale version gives 409.")
    public BreakWindowView updateWindow(@PathParam("id") long id, @NotNull @Valid BreakWindowRequest request) {
        return windows.update(id, request);
    }

    @DELETE
    @Path("/break-windows/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a window")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWindow(@PathParam("id") long id) {
        windows.delete(id);
    }

    // ---- activities

    @GET
    @Path("/activities")
    @Operation(summary = "List activities of a site or an agent between two work dates (at most 62 days)")
    public List<ActivityView> list(@QueryParam("rosterId") Long rosterId, @QueryParam("siteId") Long siteId,
                                   @QueryParam("agentId") Long agentId, @QueryParam("from") LocalDate from,
                                   @QueryParam("to") LocalDate to, @QueryParam("kind") ActivityKind kind) {
        return activities.list(rosterId, siteId, agentId, from, to, kind);
    }

    @GET
    @Path("/activities/{id}")
    @Operation(summary = "Get one activity")
    @APIResponse(responseCode = "404", description = "No such activity")
    public ActivityView get(@PathParam("id") long id) {
        return activities.get(id);
    }

    @POST
    @Path("/activities")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Book an activity (coaching, training, meeting) for one agent-day")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid ActivityRequest request) {
        ActivityView v = activities.create(request);
        return Response.created(URI.create("/api/activities/" + v.id())).entity(v).build();
    }

    @POST
    @Path("/activities/group")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Book one activity for a group: a team, the agents certified on a queue, or all active agents of the site")
    public List<ActivityView> group(@NotNull @Valid GroupActivityRequest request) {
        return activities.bookGroup(request);
    }

    @PUT
    @Path("/activities/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Replace a booked activity", description = "Planned (RULE, PLACED) rows are rebuilt by planning: 400.")
    public ActivityView update(@PathParam("id") long id, @NotNull @Valid ActivityRequest request) {
        return activities.update(id, request);
    }

    @POST
    @Path("/activities/{id}/complete")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Mark an activity done; a training activity records the agent's course completion on its work date")
    public ActivityView complete(@PathParam("id") long id) {
        return activities.complete(id);
    }

    @DELETE
    @Path("/activities/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete an activity")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        activities.delete(id);
    }

    // ---- handover notes

    @POST
    @Path("/handover-notes")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
    @Operation(summary = "Write the night's handover note for the day shift (an agent: only when published on a night shift that date)")
    public HandoverNoteView write(@NotNull @Valid HandoverNoteRequest request) {
        return handovers.write(request);
    }

    @GET
    @Path("/handover-notes")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.AGENT})
    @Operation(summary = "Read the site's handover notes between two night dates (the day shift reads night d's note on d+1)")
    public List<HandoverNoteView> notes(@NotNull @QueryParam("siteId") Long siteId, @NotNull @QueryParam("from") LocalDate from,
                                        @NotNull @QueryParam("to") LocalDate to) {
        return handovers.list(siteId, from, to);
    }

    @GET
    @Path("/handover-notes/missing")
    @Operation(summary = "Nights with a published night shift and no handover note")
    public List<MissingNote> missing(@NotNull @QueryParam("siteId") Long siteId, @NotNull @QueryParam("from") LocalDate from,
                                     @NotNull @QueryParam("to") LocalDate to) {
        return handovers.missing(siteId, from, to);
    }
}
