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
import java.util.List;

@Path("/api")
@Tag(name = "Forecast accuracy", description = "Candidate models and forecast-versus-actual reports")
@RolesAllowed({Roles.ADMIN, Roles.PLANNER})
public class ForecastInfoResource {

    @Inject
    ForecastReportService reports;

    @GET
    @Path("/forecast-models")
    @Operation(summary = "Names of the candidate volume models, in tie-break order (use them to force a model)")
    public List<String> models() {
        return QueueForecaster.modelNames();
    }

    @GET
    @Path("/forecast-accuracy")
    @Operation(summary = "Forecast against actual per queue and week",
            description = "For site-local dates [from, to): each interval's forecast comes from the latest run covering it (adjusted); "
                    + "WAPE and bias over the intervals with stored history. modelWape scores the model output without adjustments.")
    public List<AccuracyRow> accuracy(@QueryParam("siteId") Long siteId, @QueryParam("queueId") Long queueId,
                                      @NotNull @QueryParam("from") LocalDate from, @NotNull @QueryParam("to") LocalDate to) {
        return reports.accuracy(siteId, queueId, from, to);
    }
}
