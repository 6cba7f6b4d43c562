package io.paiban.planning.staffing;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.staffing.StaffingDtos.CurveRequest;
import io.paiban.planning.staffing.StaffingDtos.CurveResult;
import io.paiban.planning.staffing.StaffingDtos.WhatIfRequest;
import io.paiban.planning.staffing.StaffingDtos.WhatIfResult;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/staffing")
@Tag(name = "Staffing", description = "Erlang C/A and chat staffing calculations (formulas in docs/staffing.md)")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class StaffingResource {

    @Inject
    StaffingCalculator calculator;

    @POST
    @Path("/what-if")
    @Operation(summary = "Requirement and expected metrics for one interval",
            description = "Volume, handle time, target, patience, concurrency and shrinkage in; the least agents meeting the "
                    + "target (before and after shrinkage) and the expected service level, ASA, abandonment and occupancy out. "
                    + "With agents, also the metrics at that staffing.")
    @APIResponse(responseCode = "200", description = "Calculated")
    @APIResponse(responseCode = "400", description = "An input is out of range; the field is named")
    @APIResponse(responseCode = "422", description = "The target cannot be reached (for example 99% with a tiny patience)")
    public WhatIfResult whatIf(@NotNull @Valid WhatIfRequest request) {
        return calculator.whatIf(request);
    }

    @POST
    @Path("/evaluate")
    @Operation(summary = "Expected service of a staffing curve",
            description = "Agents present per interval with the interval's load in; per-interval and contact-weighted "
                    + "service level, ASA, abandonment, and busy-over-staffed occupancy out. Used to score real rosters.")
    public CurveResult evaluate(@NotNull @Valid CurveRequest request) {
        return calculator.evaluate(request);
    }
}
