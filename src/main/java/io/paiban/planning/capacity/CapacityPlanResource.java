package io.paiban.planning.capacity;

import io.paiban.planning.capacity.CapacityDtos.PlanRequest;
import io.paiban.planning.capacity.CapacityDtos.PlanView;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/capacity-plans")
@Tag(name = "Capacity planning", description = "Required and available FTE per week for 4-26 weeks, the gap, hiring and flex requests (docs/capacity.md)")
@Produces(MediaType.APPLICATION_JSON)
public class CapacityPlanResource {

    @Inject
    CapacityService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Compute and store a capacity plan (with what-if factors on volume, handle time, shrinkage and attrition)")
    @APIResponse(responseCode = "201", description = "The plan")
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The site has no staffing run", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid PlanRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.SUPERVISOR})
    @Operation(summary = "Stored plans, newest first, without their weeks (supervisors: their sites)")
    @APIResponse(responseCode = "200", description = "Plans")
    public List<PlanView> list(@QueryParam("siteId") Long siteId) {
        return service.list(siteId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.SUPERVISOR})
    @Operation(summary = "One plan with its weeks and hiring requests")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "Unknown plan", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PlanView get(@PathParam("id") long id) {
        return service.get(id);
    }
}
