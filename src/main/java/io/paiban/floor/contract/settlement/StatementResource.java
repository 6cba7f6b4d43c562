package io.paiban.floor.contract.settlement;

import io.paiban.floor.contract.settlement.SettlementDtos.IssueRequest;
import io.paiban.floor.contract.settlement.SettlementDtos.StatementView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/statements")
@Tag(name = "Settlement statements", description = "Monthly or quarterly statements per client: price model, extra fees, "
        + "penalties, deposit; immutable once issued, corrected by a new version; docs/contracts.md")
public class StatementResource {

    @Inject
    SettlementService settlement;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.CLIENT_VIEWER})
    @Operation(summary = "Issued statements, every version, of the clients the caller may see")
    @APIResponse(responseCode = "200", description = "Statements by client, period and version")
    public List<StatementView> list(@QueryParam("clientId") Long clientId,
                                    @Parameter(description = "First month of the period, 2026-11") @QueryParam("period") String period) {
        return settlement.list(clientId, period);
    }

    @GET
    @Path("/preview")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.CLIENT_VIEWER})
    @Operation(summary = "What the statement of a period would say now (not stored)")
    @APIResponse(responseCode = "200", description = "The draft statement")
    @APIResponse(responseCode = "422", description = "The client has no contract terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView preview(@Parameter(required = true) @QueryParam("clientId") Long clientId,
                                 @Parameter(required = true, description = "First month of the period, 2026-11") @QueryParam("period") String period) {
        if (clientId == null) {
            throw ApiException.invalidField("clientId", "required");
        }
        return settlement.preview(clientId, period);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Issue the statement of a period",
            description = "The first issue is version 1. Issuing the same period again is a correction: it needs a correctionNote, "
                    + "creates version n+1 and leaves version n readable, marked superseded. Issued statements never change.")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "400", description = "Bad period, or a correction without a note",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The client has no contract terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@NotNull @Valid IssueRequest request) {
        StatementView issued = settlement.issue(request.clientId(), request.period(), request.correctionNote());
        return Response.created(URI.create("/api/statements/" + issued.id())).entity(issued).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.CLIENT_VIEWER})
    @Operation(summary = "One issued statement (JSON)")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "404", description = "No such statement, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView get(@PathParam("id") long id) {
        return settlement.get(id);
    }

    @GET
    @Path("/{id}/csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.CLIENT_VIEWER})
    @Operation(summary = "One issued statement as CSV", description = "Key,value header rows, a blank line, then the lines and the total.")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "404", description = "No such statement, or not visible to the caller")
    public Response csv(@PathParam("id") long id) {
        return Response.ok(settlement.csv(id)).header("Content-Disposition", "attachment; filename=\"statement-" + id + ".csv\"").build();
    }
}
