package io.paiban.masterdata.site;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.masterdata.site.SiteDtos.SiteRequest;
import io.paiban.masterdata.site.SiteDtos.SiteView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/sites")
@Tag(name = "Sites", description = "Contact-center floors and their time zones")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER})
public class SiteResource {

    @Inject
    SiteService sites;

    @GET
    @Operation(summary = "List sites")
    public List<SiteView> list() {
        return sites.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one site")
    @APIResponse(responseCode = "404", description = "No such site")
    public SiteView get(@PathParam("id") long id) {
        return sites.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a site", description = "timeZone must be an IANA zone id; default Asia/Shanghai.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid SiteRequest request) {
        SiteView created = sites.create(request);
        return Response.created(URI.create("/api/sites/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Replace a site", description = "Send the version you read; a stale version gives 409.")
    public SiteView update(@PathParam("id") long id, @NotNull @Valid SiteRequest request) {
        return sites.update(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a site", description = "Refused with 409 while agents or queues belong to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        sites.delete(id);
    }
}
