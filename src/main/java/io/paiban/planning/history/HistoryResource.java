package io.paiban.planning.history;

import io.paiban.platform.error.QueryParams;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.history.HistoryDtos.CallLogMappingView;
import io.paiban.planning.history.HistoryDtos.CoverageView;
import io.paiban.planning.history.HistoryDtos.HistoryRowView;
import io.paiban.planning.history.HistoryDtos.ImportSummary;
import io.paiban.planning.history.HistoryDtos.IntervalImportRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

@Path("/api/history")
@Tag(name = "Contact history", description = "Import per-interval history and raw call logs; the input of forecasting")
@RolesAllowed({Roles.ADMIN, Roles.PLANNER})
public class HistoryResource {

    static final String TSV = "text/tab-separated-values";

    @Inject
    HistoryImportService imports;

    @Inject
    HistoryQueryService queries;

    @POST
    @Path("/intervals")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, TSV})
    @Operation(summary = "Import interval history from CSV",
            description = "Header row with queue, interval_start, offered and optionally answered, abandoned, aht_seconds, "
                    + "avg_wait_seconds. interval_start is ISO-8601 with an offset, or local wall time in the queue's site zone. "
                    + "All or nothing: every bad line is reported (line, field) and nothing is written. Rows with the same "
                    + "queue and interval start replace the stored ones, so re-importing is harmless.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad lines, listed in errors[] with line and field, or volume in closed hours"
            + " (count and first lines named; acceptClosed=true imports it); nothing written")
    public ImportSummary importCsv(InputStream body,
                                   @Parameter(description = "15, 30 or 60; default 30") @QueryParam("intervalMinutes") Integer intervalMinutes,
                                   @Parameter(description = "Length of the file's intervals: 5, 10, 15, 30 or 60; default intervalMinutes."
                                           + " Finer rows are added up into the site-local intervalMinutes grid")
                                   @QueryParam("fileMinutes") Integer fileMinutes,
                                   @Parameter(description = "Column separator; default ',' ('tab' for TSV)") @QueryParam("delimiter") String delimiter,
                                   @Parameter(description = "A stored interval-file mapping (column names, time format, zone); default the standard header")
                                   @QueryParam("mapping") String mapping,
                                   @Parameter(description = "Import volume that falls in the queue's closed hours instead of refusing it (default false)")
                                   @QueryParam("acceptClosed") boolean acceptClosed) {
        return imports.importCsv(body, intervalMinutes, fileMinutes, delimiter, mapping, acceptClosed);
    }

    @POST
    @Path("/intervals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import interval history from JSON",
            description = "Same rules as the CSV import; errors[].line is the 1-based row number and field the JSON path.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad rows, listed with line and field; nothing written")
    public ImportSummary importJson(@NotNull @Valid IntervalImportRequest request,
                                   @Parameter(description = "Import volume that falls in the queue's closed hours instead of refusing it (default false)")
                                   @QueryParam("acceptClosed") boolean acceptClosed) {
        return imports.importJson(request, acceptClosed);
    }

    @POST
    @Path("/calls")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, TSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a raw per-call log",
            description = "Reads the log through a stored call-log mapping and aggregates calls into intervals of the queue's "
                    + "site-local grid: offered, answered, abandoned, mean handle time and wait of answered calls. "
                    + "All or nothing, idempotent like the interval import.")
    @APIResponse(responseCode = "200", description = "Imported")
    @APIResponse(responseCode = "400", description = "Bad lines, listed with line and column; nothing written")
    @APIResponse(responseCode = "404", description = "No mapping of that name")
    public ImportSummary importCalls(InputStream body,
                                     @Parameter(description = "Name of a stored call-log mapping", required = true) @QueryParam("mapping") String mapping,
                                     @Parameter(description = "15, 30 or 60; default 30") @QueryParam("intervalMinutes") Integer intervalMinutes,
                                   @Parameter(description = "Import volume that falls in the queue's closed hours instead of refusing it (default false)")
                                   @QueryParam("acceptClosed") boolean acceptClosed) {
        return imports.importCallLog(body, mapping, intervalMinutes, acceptClosed);
    }

    @GET
    @Path("/interval-mappings")
    @Operation(summary = "List the stored interval-file mappings")
    public List<HistoryDtos.IntervalMappingView> intervalMappings() {
        return imports.intervalMappings();
    }

    @GET
    @Path("/interval-mappings/{name}")
    @Operation(summary = "Get one interval-file mapping")
    @APIResponse(responseCode = "404", description = "No mapping of that name")
    public HistoryDtos.IntervalMappingView intervalMapping(@PathParam("name") String name) {
        return imports.intervalMapping(name);
    }

    @PUT
    @Path("/interval-mappings/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an interval-file mapping",
            description = "Column names, time format and zone of an interval file (an ACD export); use it with "
                    + "POST /api/history/intervals?mapping=name. See docs/forecasting.md.")
    @APIResponse(responseCode = "400", description = "Invalid mapping, field named")
    public HistoryDtos.IntervalMappingView saveIntervalMapping(@PathParam("name") String name, @NotNull IntervalFileMapping mapping) {
        return imports.saveIntervalMapping(name, mapping);
    }

    @DELETE
    @Path("/interval-mappings/{name}")
    @Operation(summary = "Delete an interval-file mapping")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteIntervalMapping(@PathParam("name") String name) {
        imports.deleteIntervalMapping(name);
    }

    @GET
    @Path("/call-log-mappings")
    @Operation(summary = "List the stored call-log mappings")
    public List<CallLogMappingView> mappings() {
        return imports.mappings();
    }

    @GET
    @Path("/call-log-mappings/{name}")
    @Operation(summary = "Get one call-log mapping")
    @APIResponse(responseCode = "404", description = "No mapping of that name")
    public CallLogMappingView mapping(@PathParam("name") String name) {
        return imports.mapping(name);
    }

    @PUT
    @Path("/call-log-mappings/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a call-log mapping",
            description = "See docs/forecasting.md for the fields and config/call-log-mappings/ for examples.")
    public CallLogMappingView saveMapping(@PathParam("name") String name, @NotNull CallLogMapping mapping) {
        return imports.saveMapping(name, mapping);
    }

    @DELETE
    @Path("/call-log-mappings/{name}")
    @Operation(summary = "Delete a call-log mapping")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteMapping(@PathParam("name") String name) {
        imports.deleteMapping(name);
    }

    @GET
    @Operation(summary = "History rows of one queue in [from, to)", description = "At most 20000 rows, in time order. from and to: "
            + QueryParams.FORMATS + "; a value in another format is a 400 naming the parameter.")
    public List<HistoryRowView> rows(@QueryParam("queueId") Long queueId, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return queries.rows(queueId, QueryParams.time("from", from), QueryParams.time("to", to));
    }

    @DELETE
    @Operation(summary = "Delete one queue's history in [from, to)", description = "Undoes an import: removes the queue's interval "
            + "actuals (history and service actuals, one store) with starts in [from, to). from and to: " + QueryParams.FORMATS + ".")
    @APIResponse(responseCode = "200", description = "Deleted; the count is in the body")
    @APIResponse(responseCode = "400", description = "Missing or badly formatted parameter")
    @APIResponse(responseCode = "404", description = "No such queue")
    public HistoryDtos.DeleteSummary deleteRange(@QueryParam("queueId") Long queueId, @QueryParam("from") String from,
                                                 @QueryParam("to") String to) {
        return queries.delete(queueId, QueryParams.time("from", from), QueryParams.time("to", to));
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "How much history each queue has (rows, first and last interval, total offered)")
    public List<CoverageView> coverage(@QueryParam("siteId") Long siteId) {
        return queries.coverage(siteId);
    }
}
