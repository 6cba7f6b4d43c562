package io.paiban.masterdata.shift;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.masterdata.shift.ShiftTemplateDtos.ShiftTemplateRequest;
import io.paiban.masterdata.shift.ShiftTemplateDtos.ShiftTemplateView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/shift-templates")
@Tag(name = "Shift templates", description = "Shift patterns (DAY 08:30-17:30, NIGHT 17:30-01:00, peaks) with breaks")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class ShiftTemplateResource {

    @Inject
    ShiftTemplateService templates;

    @GET
    @Operation(summary = "List shift templates, optionally only active or inactive ones")
    public List<ShiftTemplateView> list(@QueryParam("active") Boolean active) {
        return templates.list(active);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one shift template")
    @APIResponse(responseCode = "404", description = "No such template")
    public ShiftTemplateView get(@PathParam("id") long id) {
        return templates.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a shift template", description = "An end at or before the start ends the next day.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid ShiftTemplateRequest request) {
        ShiftTemplateView created = templates.create(request);
        return Response.created(URI.create("/api/shift-templates/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Replace a shift template", description = "Send the version you read; a stale version gives 409.")
    public ShiftTemplateView update(@PathParam("id") long id, @NotNull @Valid ShiftTemplateRequest request) {
        return templates.update(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a shift template", description = "Prefer active=false for templates rosters have used.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        templates.delete(id);
    }
}
