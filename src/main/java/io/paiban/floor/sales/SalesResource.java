package io.paiban.floor.sales;

import io.paiban.floor.attendance.Months;
import io.paiban.floor.sales.CommissionService.MonthCommission;
import io.paiban.floor.sales.FollowUpService.DoneRequest;
import io.paiban.floor.sales.FollowUpService.FollowUpView;
import io.paiban.floor.sales.FollowUpService.RunResult;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Path("/api/sales")
@Tag(name = "Sales", description = "Commission per agent from the tagged sales, follow-up of orders unpaid after 12 hours; see docs/sales.md")
public class SalesResource {

    @Inject
    CommissionService commission;

    @Inject
    FollowUpService followUps;

    @GET
    @Path("/commission")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
    @Operation(summary = "Commission of a site's agents for a month",
            description = "Per agent: orders tagged with the agent sold in the site-local month, their amount and "
                    + "commission = round(amount x paiban.sales.commission-rate, 2). Supervisors see their sites only.")
    @APIResponse(responseCode = "200", description = "The month's commission")
    @APIResponse(responseCode = "400", description = "siteId or month missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such site, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonthCommission commission(@Parameter(required = true) @QueryParam("siteId") Long siteId,
                                      @Parameter(description = "yyyy-MM", required = true) @QueryParam("month") String month) {
        if (siteId == null) {
            throw ApiException.invalidField("siteId", "required");
        }
        return commission.month(siteId, Months.parse("month", month));
    }

    @GET
    @Path("/follow-ups")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
    @Operation(summary = "Follow-up tasks of unpaid orders", description = "Of one queue or client, or of every visible client; "
            + "status OPEN (default), DONE or PAID; oldest due first")
    @APIResponse(responseCode = "200", description = "The tasks")
    @APIResponse(responseCode = "400", description = "Unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<FollowUpView> list(@QueryParam("clientId") Long clientId, @QueryParam("queueId") Long queueId,
                                   @Parameter(description = "OPEN, DONE or PAID") @QueryParam("status") String status) {
        return followUps.list(clientId, queueId, status(status));
    }

    @POST
    @Path("/follow-ups/run")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create the follow-ups due now (what the scheduled job does)",
            description = "Idempotent: an order already followed up is skipped; open tasks whose order has been paid are closed as PAID")
    @APIResponse(responseCode = "200", description = "What the run did")
    public RunResult run() {
        return followUps.run(Instant.now());
    }

    @POST
    @Path("/follow-ups/{id}/done")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Mark a follow-up done", description = "Send the version you read (optimistic locking)")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "400", description = "version missing, or the task is not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowUpView done(@PathParam("id") long id, DoneRequest request) {
        return followUps.done(id, request);
    }

    private static FollowUp.Status status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FollowUp.Status.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("status", "one of OPEN, DONE, PAID");
        }
    }
}
