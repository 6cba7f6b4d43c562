package io.paiban.planning.roster;

import io.paiban.planning.roster.explanation.RosterExplanationService;
import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.jobs.SolveService;
import io.paiban.planning.roster.replan.ReplanService;
import io.paiban.planning.roster.store.RosterAccess;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.roster.store.RosterViews.AssignmentView;
import io.paiban.planning.roster.store.RosterViews.ChangeView;
import io.paiban.planning.roster.RosterDtos.EditCheck;
import io.paiban.planning.roster.RosterDtos.EditCheckRequest;
import io.paiban.planning.roster.RosterDtos.EditRequest;
import io.paiban.planning.roster.RosterDtos.EditResult;
import io.paiban.planning.roster.publication.PublicationDtos.PublishRequest;
import io.paiban.planning.roster.publication.PublicationService;
import io.paiban.planning.roster.RosterDtos.PublishResult;
import io.paiban.planning.roster.replan.ReplanDtos.ReplanRequest;
import io.paiban.planning.roster.replan.ReplanDtos.ReplanStarted;
import io.paiban.planning.roster.RosterDtos.RosterRequest;
import io.paiban.planning.roster.RosterDtos.RosterView;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.AgentExplanation;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.IntervalCoverage;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.RosterExplanation;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveRequest;
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
import java.time.LocalDate;
import java.util.List;

@Path("/api/rosters")
@Tag(name = "Rosters", description = "Rosters of a site over 1-4 weeks: solve, publish, re-plan, edit, explain (docs/rostering.md)")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class RosterResource {

    @Inject
    RosterService rosters;

    @Inject
    SolveService solves;

    @Inject
    PublicationService publication;

    @Inject
    ReplanService replans;

    @Inject
    ManualEditService edits;

    @Inject
    RosterExplanationService explanations;

    @Inject
    SolveJobManager jobs;

    @Inject
    RosterAccess access;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create a roster", description = "A DRAFT roster of a site for 1-4 weeks covering a staffing run. "
            + "The staffing run must cover every interval of the horizon (422 otherwise). Solve it with POST /{id}/solve.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field, unknown site, staffing run or solver configuration")
    @APIResponse(responseCode = "422", description = "The staffing run does not cover the horizon (field staffingRunId)")
    public Response create(@NotNull @Valid RosterRequest request) {
        RosterView created = rosters.create(request);
        return Response.created(URI.create("/api/rosters/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "List rosters, newest first, optionally of one site")
    public List<RosterView> list(@QueryParam("siteId") Long siteId) {
        return rosters.list(siteId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a roster with counts and its newest solve job")
    @APIResponse(responseCode = "404", description = "No such roster")
    public RosterView get(@PathParam("id") long id) {
        access.requireRoster(id);
        return rosters.get(id);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}")
    @Operation(summary = "Delete a roster with its assignments, change log and jobs", description = "409 while a job is live.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        access.requireRoster(id);
        rosters.delete(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/solve")
    @Operation(summary = "Start a solve job", description = "Runs asynchronously; follow it with GET /api/solve-jobs/{jobId} or its "
            + "event stream. Starts from the stored assignments (pinned days stay). One live job per roster (409).")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "409", description = "A job of this roster is live, or the service's job queue is full")
    public Response solve(@PathParam("id") long id, @Valid SolveRequest request) {
        access.requireRoster(id);
        SolveJobView job = solves.solve(id, request);
        return Response.accepted(job).location(URI.create("/api/solve-jobs/" + job.id())).build();
    }

    @GET
    @Path("/{id}/jobs")
    @Operation(summary = "The roster's solve jobs, newest first")
    public List<SolveJobView> jobs(@PathParam("id") long id) {
        access.requireRoster(id);
        return jobs.list(id, null);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/publish")
    @Operation(summary = "Publish the roster", description = "Refused (422, naming the rules) if a hard rule is broken. Every "
            + "agent-day becomes pinned and the published baseline (what agents see); changes against the previous "
            + "publication are logged.")
    @APIResponse(responseCode = "409", description = "Stale version, or a job is live")
    @APIResponse(responseCode = "422", description = "Not solved yet, or hard rules broken")
    public PublishResult publish(@PathParam("id") long id, @NotNull @Valid PublishRequest request) {
        access.requireRoster(id);
        PublicationService.Published published = publication.publish(id, request);
        return new PublishResult(rosters.view(published.roster()), published.changesLogged());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/replan")
    @Operation(summary = "Re-plan a published roster after a change", description = "Unpins the agent-days that now break a hard rule "
            + "(a sick call, new leave), plus days off on those dates (FILL_GAPS) or every day from freeFrom (FULL), and "
            + "solves with the rest pinned and a stability penalty for every change to the published roster.")
    @APIResponse(responseCode = "202", description = "Queued; the body lists the affected agent-days")
    @APIResponse(responseCode = "422", description = "Never published, or nothing to re-plan in this mode")
    public Response replan(@PathParam("id") long id, @Valid ReplanRequest request) {
        access.requireRoster(id);
        ReplanStarted started = replans.replan(id, request == null ? new ReplanRequest(null, null, null, null, null, null, null) : request);
        return Response.accepted(started).location(URI.create("/api/solve-jobs/" + started.job().id())).build();
    }

    @GET
    @Path("/{id}/assignments")
    @Operation(summary = "Agent-days of the roster", description = "Shifts with local times in the site zone and instants, breaks, "
            + "queue, pin, source and the published duty.")
    public List<AssignmentView> assignments(@PathParam("id") long id, @QueryParam("agentId") Long agentId,
                                            @Parameter(description = "First date, inclusive") @QueryParam("from") LocalDate from,
                                            @Parameter(description = "Last date, inclusive") @QueryParam("to") LocalDate to) {
        access.requireRoster(id);
        return rosters.assignments(id, agentId, from, to);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/assignments/{agentId}/{date}")
    @Operation(summary = "Edit one agent-day by hand", description = "Checked against the hard rules: refused with 422 naming every "
            + "rule that the edit makes worse for this agent (errors[].field is the rule). Saved pinned, source MANUAL, logged.")
    @APIResponse(responseCode = "409", description = "Stale roster version, or a job is live")
    @APIResponse(responseCode = "422", description = "The edit breaks hard rules")
    public EditResult edit(@PathParam("id") long id, @PathParam("agentId") long agentId, @PathParam("date") LocalDate date,
                           @NotNull @Valid EditRequest request) {
        access.requireRoster(id);
        return edits.edit(id, agentId, date, request);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/assignments/{agentId}/{date}/check")
    @Operation(summary = "Check one agent-day edit without saving", description = "Scores the proposal exactly as PUT would and names "
            + "every hard rule it makes worse for this agent; nothing is saved and no version is needed.")
    @APIResponse(responseCode = "200", description = "allowed=false lists the broken rules")
    public EditCheck check(@PathParam("id") long id, @PathParam("agentId") long agentId, @PathParam("date") LocalDate date,
                           @NotNull @Valid EditCheckRequest request) {
        access.requireRoster(id);
        return edits.checkView(id, agentId, date, request);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "Change log: manual edits, re-plan results and publications, oldest first")
    public List<ChangeView> changes(@PathParam("id") long id, @QueryParam("agentId") Long agentId) {
        access.requireRoster(id);
        return rosters.changes(id, agentId);
    }

    @GET
    @Path("/{id}/explanation")
    @Operation(summary = "Score explanation per constraint", description = "OptaPlanner's score explanation of the stored roster: "
            + "per constraint its level, weight, score impact and match count, with the coverage totals.")
    public RosterExplanation explanation(@PathParam("id") long id) {
        access.requireRoster(id);
        return explanations.explain(id);
    }

    @GET
    @Path("/{id}/coverage")
    @Operation(summary = "Coverage per queue and interval", description = "Required vs rostered agents, shortfall and surplus, "
            + "the constraint and score impact of each interval, who is there and where the other certified agents are.")
    public List<IntervalCoverage> coverage(@PathParam("id") long id, @QueryParam("queueId") Long queueId,
                                           @Parameter(description = "Site-local date") @QueryParam("date") LocalDate date,
                                           @Parameter(description = "Only intervals short of the requirement") @QueryParam("shortOnly") boolean shortOnly) {
        access.requireRoster(id);
        return explanations.coverage(id, queueId, date, shortOnly);
    }

    @GET
    @Path("/{id}/agents/{agentId}/explanation")
    @Operation(summary = "Why an agent's roster looks the way it does", description = "Every constraint matched on the agent's days "
            + "(e.g. night fairness, rest, wishes) with its score impact and dates, and the agent's counts.")
    public AgentExplanation agentExplanation(@PathParam("id") long id, @PathParam("agentId") long agentId) {
        access.requireRoster(id);
        return explanations.explainAgent(id, agentId);
    }
}
