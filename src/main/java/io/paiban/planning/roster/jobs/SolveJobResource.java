package io.paiban.planning.roster.jobs;

import io.paiban.planning.roster.store.RosterAccess;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.roster.jobs.SolveJobDtos.ProgressEvent;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveRequest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.util.List;

@Path("/api/solve-jobs")
@Tag(name = "Solve jobs", description = "Asynchronous roster solves: state, progress, score stream, stop, restart")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class SolveJobResource {

    @Inject
    SolveJobManager jobs;

    @Inject
    SolveService solves;

    @Inject
    RosterAccess access;

    @Inject
    SolveJobAccess jobAccess;

    @GET
    @Operation(summary = "List solve jobs, newest first")
    public List<SolveJobView> list(@QueryParam("rosterId") Long rosterId, @QueryParam("status") SolveJobStatus status) {
        if (rosterId != null) {
            access.requireRoster(rosterId);
        }
        return access.visible(jobs.list(rosterId, status), SolveJobView::rosterId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Job state and progress", description = "Status, best score, elapsed seconds, seconds since the last "
            + "improvement, the time limit and a 0-1 progress; while live also the score history.")
    @APIResponse(responseCode = "404", description = "No such job")
    public SolveJobView get(@PathParam("id") long id) {
        jobAccess.requireJob(id);
        return jobs.view(id);
    }

    @GET
    @Path("/{id}/events")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress as server-sent events", description = "Every half second: status, best score, elapsed, seconds "
            + "since the last improvement, progress and the new score points; the stream ends after the event with finished=true.")
    public Multi<ProgressEvent> events(@PathParam("id") long id) {
        jobAccess.requireJob(id);
        return jobs.events(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/stop")
    @Operation(summary = "Stop a job early", description = "The solver stops at its next step, saves its best roster and the job "
            + "ends STOPPED. A finished job is returned unchanged.")
    public SolveJobView stop(@PathParam("id") long id) {
        jobAccess.requireJob(id);
        return jobs.stop(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Path("/{id}/restart")
    @Operation(summary = "Restart a finished, stopped, failed or interrupted job", description = "A new job (kind RESTART) on the "
            + "same roster starting from its saved assignments, with the old job's configuration and limits unless given.")
    @APIResponse(responseCode = "202", description = "Queued")
    public Response restart(@PathParam("id") long id, @Valid SolveRequest request) {
        jobAccess.requireJob(id);
        SolveJobView job = solves.restart(id, request);
        return Response.accepted(job).location(URI.create("/api/solve-jobs/" + job.id())).build();
    }
}
