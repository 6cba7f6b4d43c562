package io.paiban.masterdata.client;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.masterdata.client.ClientDtos.ClientRequest;
import io.paiban.masterdata.client.ClientDtos.ClientView;
import io.paiban.platform.error.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/clients")
@Tag(name = "Clients", description = "Client shops served under contract, with their service standards")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.CLIENT_VIEWER})
public class ClientResource {

    @Inject
    ClientService clients;

    @GET
    @Operation(summary = "List client shops")
    public List<ClientView> list() {
        return clients.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one client shop")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "404", description = "No such client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView get(@PathParam("id") long id) {
        return clients.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a client shop", description = "Without standards, the contract defaults of DOMAIN.md "
            + "for its platform are stored (phone 5 min, chat 2 min, email 24 h; JD adds 3 h tickets and the 16:00/18:00 email rule).")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Code already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ClientRequest request) {
        ClientView created = clients.create(request);
        return Response.created(URI.create("/api/clients/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Replace a client shop", description = "Send the version you read; a stale version gives 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "Stale version or code already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientView update(@PathParam("id") long id, @NotNull @Valid ClientRequest request) {
        return clients.update(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a client shop", description = "Refused with 409 while queues still belong to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        clients.delete(id);
    }
}
