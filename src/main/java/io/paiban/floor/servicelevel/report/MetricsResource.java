package io.paiban.floor.servicelevel.report;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import io.paiban.floor.servicelevel.metrics.Granularity;
import io.paiban.floor.servicelevel.report.MetricsDtos.ClientSummaryView;
import io.paiban.floor.servicelevel.report.MetricsDtos.DefinitionView;
import io.paiban.floor.servicelevel.report.MetricsDtos.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Path("/api/service-metrics")
@Tag(name = "Service metrics", description = "Service level, speed of answer, abandons, handle time, reply rate, deadlines, "
        + "quality, occupancy, adherence, conformance and realised shrinkage; formulas in docs/metrics.md")
public class MetricsResource {

    @Inject
    MetricsReportService reports;

    @GET
    @Path("/definitions")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.SUPERVISOR, Roles.CLIENT_VIEWER})
    @Operation(summary = "Every metric with its one id, family, unit and formula")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<DefinitionView> definitions() {
        return reports.definitions();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.SUPERVISOR, Roles.CLIENT_VIEWER})
    @Operation(summary = "Metrics of one queue or one client per period",
            description = "Give queueId or clientId. Periods are site-local; weeks start on Monday. Quality data is daily and "
                    + "is left out at INTERVAL granularity. A client viewer may read their own client's queues only.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "Missing or contradictory parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such queue or client, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportView report(@QueryParam("queueId") Long queueId, @QueryParam("clientId") Long clientId,
                             @Parameter(description = "First site-local date", required = true) @QueryParam("from") LocalDate from,
                             @Parameter(description = "Last site-local date (inclusive)", required = true) @QueryParam("to") LocalDate to,
                             @Parameter(description = "INTERVAL (at most 31 days), DAY, WEEK or MONTH; default DAY") @QueryParam("granularity") String granularity) {
        Granularity g = granularity(granularity);
        if ((queueId == null) == (clientId == null)) {
            throw ApiException.invalidField("queueId", "give exactly one of queueId and clientId");
        }
        return queueId != null ? reports.queueReport(queueId, from, to, g) : reports.clientReport(clientId, from, to, g);
    }

    @GET
    @Path("/clients")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.SUPERVISOR, Roles.CLIENT_VIEWER})
    @Operation(summary = "Totals per client over a date range, for the clients the caller may see")
    @APIResponse(responseCode = "200", description = "One entry per visible client")
    public List<ClientSummaryView> clients(@Parameter(required = true) @QueryParam("from") LocalDate from,
                                           @Parameter(required = true) @QueryParam("to") LocalDate to) {
        return reports.clientSummaries(from, to);
    }

    static Granularity granularity(String text) {
        if (text == null || text.isBlank()) {
            return Granularity.DAY;
        }
        try {
            return Granularity.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("granularity", "one of INTERVAL, DAY, WEEK, MONTH");
        }
    }
}
