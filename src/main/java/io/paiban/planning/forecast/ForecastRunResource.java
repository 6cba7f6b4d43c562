package io.paiban.planning.forecast;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.forecast.ForecastDtos.AdjustmentRequest;
import io.paiban.planning.forecast.ForecastDtos.AdjustmentView;
import io.paiban.planning.forecast.ForecastDtos.CompareView;
import io.paiban.planning.forecast.ForecastDtos.RunRequest;
import io.paiban.planning.forecast.ForecastDtos.RunView;
import io.paiban.planning.forecast.ForecastDtos.ValueView;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;

@Path("/api/forecast-runs")
@Tag(name = "Forecast runs", description = "Versioned volume and handle-time forecasts per queue and interval, with supervisor adjustments")
@RolesAllowed({Roles.ADMIN, Roles.PLANNER})
public class ForecastRunResource {

    @Inject
    ForecastRunService runs;

    @Inject
    ForecastReportService reports;

    @POST
    @Operation(summary = "Run a forecast for a site or a set of queues",
            description = "Per queue: rolling-origin backtest of every candidate model, best pick by WAPE (or the forced model), "
                    + "calendar effects (learned from past occurrences, else the multiplier table, else the event's volume factor), "
                    + "handle-time shape. Stored as the next version of its scope. Computed within the request (about a second for 8 queues).")
    @APIResponse(responseCode = "201", description = "Run stored")
    @APIResponse(responseCode = "422", description = "No queue has enough history")
    public Response run(@NotNull @Valid RunRequest request) {
        RunView run = runs.run(request);
        return Response.created(URI.create("/api/forecast-runs/" + run.id())).entity(run).build();
    }

    @GET
    @Operation(summary = "List runs, newest first, optionally of one site or including one queue")
    public List<RunView> list(@QueryParam("siteId") Long siteId, @QueryParam("queueId") Long queueId) {
        return runs.list(siteId, queueId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one run with its per-queue model choice, backtest table and fitted parameters")
    @APIResponse(responseCode = "404", description = "No such run")
    public RunView get(@PathParam("id") long id) {
        return runs.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a run with its values and adjustments")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        runs.delete(id);
    }

    @GET
    @Path("/{id}/values")
    @Operation(summary = "Per-interval values of a run",
            description = "baseVolume = model output, volume = with calendar effects, adjustedVolume = with the supervisor adjustments "
                    + "applied in order; AHT in seconds. Optionally one queue and a [from, to) range of instants.")
    public List<ValueView> values(@PathParam("id") long id, @QueryParam("queueId") Long queueId,
                                  @QueryParam("from") Instant from, @QueryParam("to") Instant to) {
        return reports.values(id, queueId, from, to);
    }

    @GET
    @Path("/{id}/adjustments")
    @Operation(summary = "Adjustments of a run, in the order they apply")
    public List<AdjustmentView> adjustments(@PathParam("id") long id) {
        return reports.listAdjustments(id);
    }

    @POST
    @Path("/{id}/adjustments")
    @Operation(summary = "Adjust a run by hand over [from, to)",
            description = "PERCENT scales each interval (+10 = 10% more); ABSOLUTE adds contacts to each interval. "
                    + "Without queueId it applies to every queue of the run. The model output is kept unchanged.")
    @APIResponse(responseCode = "201", description = "Adjustment stored")
    public Response adjust(@PathParam("id") long id, @NotNull @Valid AdjustmentRequest request) {
        AdjustmentView created = reports.adjust(id, request);
        return Response.created(URI.create("/api/forecast-runs/" + id + "/adjustments/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id}/adjustments/{adjustmentId}")
    @Operation(summary = "Remove an adjustment")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteAdjustment(@PathParam("id") long id, @PathParam("adjustmentId") long adjustmentId) {
        reports.deleteAdjustment(id, adjustmentId);
    }

    @GET
    @Path("/compare")
    @Operation(summary = "Compare two runs: adjusted volume per queue and site-local day, and per queue over the common horizon")
    public CompareView compare(@NotNull @QueryParam("base") Long base, @NotNull @QueryParam("other") Long other) {
        return reports.compare(base, other);
    }
}
