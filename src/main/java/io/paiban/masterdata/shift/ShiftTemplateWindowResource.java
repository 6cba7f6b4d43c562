package io.paiban.masterdata.shift;

import io.paiban.security.Roles;
import io.paiban.masterdata.shift.ShiftTemplateWindowDtos.ShiftTemplateWindowRequest;
import io.paiban.masterdata.shift.ShiftTemplateWindowDtos.ShiftTemplateWindowView;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/shift-template-windows")
@Tag(name = "Shift templates", description = "Shift patterns (DAY 08:30-17:30, NIGHT 17:30-01:00, peaks) with breaks")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class ShiftTemplateWindowResource {

    @Inject
    ShiftTemplateWindowService windows;

    @GET
    @Operation(summary = "List the date windows in which WINDOWED (peak) templates may be rostered")
    public List<ShiftTemplateWindowView> list(@QueryParam("templateId") Long templateId, @QueryParam("siteId") Long siteId,
                                              @QueryParam("clientId") Long clientId,
                                              @Parameter(description = "ISO date: windows ending on or after it") @QueryParam("from") LocalDate from,
                                              @Parameter(description = "ISO date: windows starting on or before it") @QueryParam("to") LocalDate to) {
        return windows.list(templateId, siteId, clientId, from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one window")
    @APIResponse(responseCode = "404", description = "No such window")
    public ShiftTemplateWindowView get(@PathParam("id") long id) {
        return windows.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enable a WINDOWED template for a site or a client on a range of dates")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid ShiftTemplateWindowRequest request) {
        ShiftTemplateWindowView created = windows.create(request);
        return Response.created(URI.create("/api/shift-template-windows/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Replace a window", description = "Send the version you read; a stale version gives 409.")
    public ShiftTemplateWindowView update(@PathParam("id") long id, @NotNull @Valid ShiftTemplateWindowRequest request) {
        return windows.update(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a window")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        windows.delete(id);
    }
}
