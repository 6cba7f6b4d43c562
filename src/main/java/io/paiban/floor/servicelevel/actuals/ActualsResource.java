package io.paiban.floor.servicelevel.actuals;

import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.csv.ImportRow;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import io.paiban.floor.servicelevel.actuals.ActualsDtos.ImportRequest;
import io.paiban.floor.servicelevel.actuals.ActualsDtos.ImportSummary;
import io.paiban.floor.servicelevel.actuals.ActualsImportService.Kind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Path("/api/actuals/{kind}")
@Tag(name = "Service actuals", description = "Import what happened: live contacts per queue and interval, email/ticket items, "
        + "ratings and quality checks, agent states, tagged sales, complaints. All or nothing, idempotent; see docs/metrics.md")
public class ActualsResource {

    static final String DESCRIPTION = "kind: queue-intervals (queue, interval_start, offered, answered, answered_within, abandoned, "
            + "short_abandoned, handle_seconds | aht_seconds, answer_wait_seconds | asa_seconds, abandon_wait_seconds | "
            + "avg_abandon_wait_seconds, threshold_seconds; phone and chat queues; stored in the one store of interval actuals that "
            + "forecasting reads too, like POST /api/history/intervals), items (queue, item_ref, received_at, "
            + "first_reply_at; email and ticket queues), quality (queue, work_date, surveys, satisfied, qa_checked, qa_accurate), "
            + "agent-states (agent = employee number, interval_start, available_seconds, handling_seconds, after_call_seconds, "
            + "break_seconds, away_seconds), sales (client, order_ref, sold_at, amount, agent, paid_at, queue), complaints (client, complaint_ref, "
            + "received_at, closed_at, queue). Times are ISO-8601 with an "
            + "offset or site-local wall time. Every bad line is reported with line and field and nothing is written; rows "
            + "with a stored natural key replace it (queue+interval, queue+item, queue+day, agent+interval, client+order, client+complaint).";

    @Inject
    ActualsImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, "text/tab-separated-values"})
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import actuals from CSV", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad lines, listed in errors[] with line and field; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportSummary importCsv(@PathParam("kind") String kind, InputStream body,
                                   @Parameter(description = "15, 30 or 60 (interval kinds); default 30") @QueryParam("intervalMinutes") Integer intervalMinutes,
                                   @Parameter(description = "Short-abandon threshold of the file (queue-intervals)") @QueryParam("shortAbandonSeconds") Integer shortAbandonSeconds,
                                   @Parameter(description = "Column separator; default ',' ('tab' for TSV)") @QueryParam("delimiter") String delimiter) {
        Kind k = kind(kind);
        return imports.importRows(k, CsvLines.readAll(body, delimiter, ActualsImportService.requiredColumns(k).toArray(String[]::new)),
                intervalMinutes, shortAbandonSeconds);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Import actuals from JSON", description = "Same fields and rules as the CSV import; errors[].line is the "
            + "1-based row and errors[].field the JSON path. " + DESCRIPTION)
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad rows; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportSummary importJson(@PathParam("kind") String kind, @NotNull @Valid ImportRequest request) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < request.rows().size(); i++) {
            rows.add(ImportRow.ofJson(i, request.rows().get(i)));
        }
        return imports.importRows(kind(kind), rows, request.intervalMinutes(), request.shortAbandonSeconds());
    }

    private static Kind kind(String path) {
        try {
            return Kind.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw io.paiban.platform.error.ApiException.notFound("Actuals kind", path);
        }
    }
}
