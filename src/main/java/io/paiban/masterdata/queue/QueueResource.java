package io.paiban.masterdata.queue;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.masterdata.queue.QueueDtos.QueueRequest;
import io.paiban.masterdata.queue.QueueDtos.QueueView;
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

@Path("/api/queues")
@Tag(name = "Queues", description = "Client x channel x function queues with service targets and opening hours")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.CLIENT_VIEWER})
public class QueueResource {

    @Inject
    QueueService queues;

    @GET
    @Operation(summary = "List queues, optionally of one client or site")
    public List<QueueView> list(@QueryParam("clientId") Long clientId, @QueryParam("siteId") Long siteId) {
        return queues.list(clientId, siteId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one queue")
    @APIResponse(responseCode = "404", description = "No such queue")
    public QueueView get(@PathParam("id") long id) {
        return queues.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a queue", description = "Without a target the client's contract standard for the channel "
            + "(and function, if the contract narrows it) is copied; without opening hours the queue opens 08:30-01:00 daily.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid QueueRequest request) {
        QueueView created = queues.create(request);
        return Response.created(URI.create("/api/queues/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Replace a queue", description = "Send the version you read; a stale version gives 409.")
    public QueueView update(@PathParam("id") long id, @NotNull @Valid QueueRequest request) {
        return queues.update(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(summary = "Delete a queue", description = "Refused with 409 while the queue has contact history, forecasts or rosters,"
            + " or agents are certified for it; DELETE /api/history?queueId=&from=&to= removes history.")
    @APIResponse(responseCode = "409", description = "Still in use; the detail names what")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        queues.delete(id);
    }
}
