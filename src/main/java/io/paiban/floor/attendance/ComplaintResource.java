package io.paiban.floor.attendance;

import io.paiban.floor.attendance.AttendanceDtos.ComplaintRequest;
import io.paiban.floor.attendance.AttendanceDtos.ComplaintView;
import io.paiban.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/attendance/complaints")
@Tag(name = "Complaints", description = "Customer complaints against agents; verified ones are fined (50, then 100 yuan) and the "
        + "third in a month flags dismissal")
public class ComplaintResource {

    @Inject
    ComplaintService complaints;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "List complaints of an agent or a site, optionally between two dates")
    public List<ComplaintView> list(@QueryParam("agentId") Long agentId, @QueryParam("siteId") Long siteId,
                                    @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return complaints.list(agentId, siteId, from, to);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Get one complaint")
    @APIResponse(responseCode = "404", description = "No such complaint")
    public ComplaintView get(@PathParam("id") long id) {
        return complaints.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Record a complaint", description = "A change to a month whose report was generated generates it again.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid ComplaintRequest request) {
        ComplaintView created = complaints.create(request);
        return Response.created(URI.create("/api/attendance/complaints/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Replace a complaint (e.g. mark it verified)", description = "Send the version you read; a stale version gives 409.")
    public ComplaintView update(@PathParam("id") long id, @NotNull @Valid ComplaintRequest request) {
        return complaints.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete a complaint")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        complaints.delete(id);
    }
}
