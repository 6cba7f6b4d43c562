package io.paiban.planning.forecast;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.forecast.ForecastDtos.AccuracyRow;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import io.paiban.platform.error.QueryParams;

import java.util.List;

@Path("/api")
@Tag(name = "Forecast accuracy", description = "Candidate models and forecast-versus-actual reports")
@RolesAllowed({Roles.ADMIN, Roles.PLANNER})
public class ForecastInfoResource {

    @Inject
    ForecastReportService reports;

    @Inject
    ForecastWorkers workers;

    @GET
    @Path("/forecast-models")
    @Operation(summary = "Names of the candidate volume models, in tie-break order (use them to force a model)")
    public List<String> models() {
        return workers.forecaster().names();
    }

    @GET
    @Path("/forecast-accuracy")
    @Operation(summary = "Forecast against actual per queue and week",
            description = "For site-local dates [from, to) (" + QueryParams.FORMATS + "; a date-time counts as its site-local day): each interval's forecast comes from the latest run covering it "
                    + "(adjusted), or from the run given by runId; WAPE and bias over the intervals with stored history. modelWape scores "
                    + "the model output without adjustments; coverage is the share of actuals within the run's prediction bounds.")
    public List<AccuracyRow> accuracy(@QueryParam("siteId") Long siteId, @QueryParam("queueId") Long queueId,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("runId") Long runId) {
        return reports.accuracy(siteId, queueId, QueryParams.time("from", from), QueryParams.time("to", to), runId);
    }
}
