package io.paiban.floor.intraday;

import io.paiban.floor.intraday.IntradayDtos.OfferView;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/me/intraday-offers")
@Tag(name = "Self-service", description = "The signed-in agent's own data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class MyOfferResource {

    @Inject
    IntradayService service;

    @GET
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "My intraday offers (overtime, call-in, voluntary time off), newest first")
    @APIResponse(responseCode = "200", description = "Offers")
    public List<OfferView> list() {
        return service.myOffers();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Accept an offer (VTO shortens my published shift now)")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", description = "Not my offer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or my shift changed since", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferView accept(@PathParam("id") long id) {
        return service.answer(id, true);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Decline an offer (overtime and call-in: my published shift goes back to what it was)")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", description = "Not my offer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or my shift changed since", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OfferView decline(@PathParam("id") long id) {
        return service.answer(id, false);
    }
}
