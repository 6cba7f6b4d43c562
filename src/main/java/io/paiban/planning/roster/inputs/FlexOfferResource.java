package io.paiban.planning.roster.inputs;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.roster.inputs.RosterInputDtos.FlexOfferRequest;
import io.paiban.planning.roster.inputs.RosterInputDtos.FlexOfferView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/flex-offers")
@Tag(name = "Flex offers", description = "Days a flex-pool agent offers to work; flex agents are rostered only on those")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class FlexOfferResource {

    @Inject
    FlexOfferService inputs;

    @GET
    @Operation(summary = "List offers, optionally of one agent and between two dates")
    public List<FlexOfferView> list(@QueryParam("agentId") Long agentId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return inputs.offers(agentId, from, to);
    }

    @POST
    @Operation(summary = "Offer a day", description = "Only flex-pool agents offer days (400 otherwise); one offer per agent and date (409).")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid FlexOfferRequest request) {
        FlexOfferView created = inputs.createOffer(request);
        return Response.created(URI.create("/api/flex-offers/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw an offer")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        inputs.deleteOffer(id);
    }
}
