package io.paiban.planning.forecast;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.forecast.ForecastDtos.MultiplierRequest;
import io.paiban.planning.forecast.ForecastDtos.MultiplierView;
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

@Path("/api/event-multipliers")
@Tag(name = "Event multipliers", description = "User-given uplift of calendar events per day offset and time of day, "
        + "used when the history holds no past occurrence of the event")
@RolesAllowed({Roles.ADMIN, Roles.PLANNER})
public class EventMultiplierResource {

    @Inject
    EventMultiplierService multipliers;

    @GET
    @Operation(summary = "List multipliers, optionally of one event key")
    public List<MultiplierView> list(@QueryParam("eventKey") String eventKey) {
        return multipliers.list(eventKey);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one multiplier")
    @APIResponse(responseCode = "404", description = "No such multiplier")
    public MultiplierView get(@PathParam("id") long id) {
        return multipliers.get(id);
    }

    @POST
    @Operation(summary = "Create a multiplier", description = "Intervals starting in [fromTime, toTime) of the day dayOffset days "
            + "from the event start are multiplied; narrower rows (queue, then function) win over general ones.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid MultiplierRequest request) {
        MultiplierView created = multipliers.create(request);
        return Response.created(URI.create("/api/event-multipliers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a multiplier", description = "Send the version you read; a stale version gives 409.")
    public MultiplierView update(@PathParam("id") long id, @NotNull @Valid MultiplierRequest request) {
        return multipliers.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a multiplier")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        multipliers.delete(id);
    }
}
