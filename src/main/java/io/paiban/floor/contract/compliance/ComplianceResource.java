package io.paiban.floor.contract.compliance;

import io.paiban.floor.contract.compliance.ComplianceDtos.ComplianceView;
import io.paiban.platform.error.ApiException;
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

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

@Path("/api/compliance")
@Tag(name = "Contract compliance", description = "Monthly result per contract standard, penalties and termination warnings; docs/contracts.md")
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.SUPERVISOR, Roles.CLIENT_VIEWER})
    @Operation(summary = "Compliance of one client in one month",
            description = "Every standard of the client (response time per channel from its service standards, reply rate, "
                    + "satisfaction and accuracy from its contract) with value, windows met, verdict, months missed in a row, "
                    + "penalty, and a TERMINATION_RIGHT warning after N months missed in a row.")
    @APIResponse(responseCode = "200", description = "The month's compliance")
    @APIResponse(responseCode = "404", description = "No such client, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplianceView get(@Parameter(required = true) @QueryParam("clientId") Long clientId,
                              @Parameter(description = "2026-11", required = true) @QueryParam("month") String month) {
        if (clientId == null) {
            throw ApiException.invalidField("clientId", "required");
        }
        return compliance.compliance(clientId, month(month));
    }

    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("month", "a month like 2026-11");
        }
    }
}
