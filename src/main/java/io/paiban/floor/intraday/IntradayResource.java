package io.paiban.floor.intraday;

import io.paiban.floor.intraday.IntradayDtos.AcceptResult;
import io.paiban.floor.intraday.IntradayDtos.ActionView;
import io.paiban.floor.intraday.IntradayDtos.AdherenceReport;
import io.paiban.floor.intraday.IntradayDtos.RunView;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/api/intraday")
@Tag(name = "Intraday", description = "Reforecast of today, agents present, flex actions, real-time adherence (docs/intraday.md)")
@Produces(MediaType.APPLICATION_JSON)
public class IntradayResource {

    @Inject
    IntradayService service;

    @Inject
    AdherenceService adherence;

    @POST
    @Path("/sites/{siteId}/run")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Run intraday for a site now (or as of an instant): reforecast, requirement, presence, ranked actions")
    @APIResponse(responseCode = "200", description = "The stored run with its actions")
    @APIResponse(responseCode = "404", description = "Unknown site, or not one of the caller's sites",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No forecast run covers the instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunView run(@PathParam("siteId") long siteId,
                       @Parameter(description = "The instant to run as of (ISO-8601); default now") @QueryParam("at") Instant at) {
        return service.run(siteId, at, RunTrigger.ON_DEMAND);
    }

    @GET
    @Path("/sites/{siteId}/runs")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The site's latest runs, newest first, without interval detail")
    @APIResponse(responseCode = "200", description = "Runs")
    @APIResponse(responseCode = "404", description = "Unknown site", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<RunView> runs(@PathParam("siteId") long siteId, @QueryParam("limit") @DefaultValue("20") int limit) {
        return service.list(siteId, limit);
    }

    @GET
    @Path("/runs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One run with its intervals and staff presence")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "Unknown run", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RunView get(@PathParam("id") long id) {
        return service.get(id, true);
    }

    @GET
    @Path("/actions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One proposed action")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "404", description = "Unknown action", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ActionView action(@PathParam("id") long id) {
        return service.action(id);
    }

    @POST
    @Path("/actions/{id}/accept")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Accept an action: the published roster changes (VTO: the offer goes to the agent), then the site is run again")
    @APIResponse(responseCode = "200", description = "The action and the new run")
    @APIResponse(responseCode = "404", description = "Unknown action", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or the agent's published duty changed since the run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AcceptResult accept(@PathParam("id") long id) {
        return service.accept(id);
    }

    @POST
    @Path("/actions/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Reject an action")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "404", description = "Unknown action", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ActionView reject(@PathParam("id") long id) {
        return service.reject(id);
    }

    @GET
    @Path("/sites/{siteId}/adherence")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Real-time adherence: agents whose attendance state contradicts the published schedule beyond the tolerance")
    @APIResponse(responseCode = "200", description = "The exceptions, longest first")
    @APIResponse(responseCode = "404", description = "Unknown site", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public AdherenceReport adherence(@PathParam("siteId") long siteId,
                                     @Parameter(description = "The instant (ISO-8601); default now") @QueryParam("at") Instant at) {
        return adherence.adherence(siteId, at);
    }
}
