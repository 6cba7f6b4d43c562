package io.paiban.floor.sales;

import io.paiban.floor.attendance.Months;
import io.paiban.floor.sales.CommissionService.AgentCommission;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
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

@Path("/api/me/commission")
@Tag(name = "Sales")
public class MyCommissionResource {

    @Inject
    CommissionService commission;

    @GET
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The calling agent's commission for a month")
    @APIResponse(responseCode = "200", description = "The agent's line (zero without tagged sales)")
    @APIResponse(responseCode = "400", description = "month missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgentCommission myCommission(@Parameter(description = "yyyy-MM", required = true) @QueryParam("month") String month) {
        return commission.own(Months.parse("month", month));
    }

}
