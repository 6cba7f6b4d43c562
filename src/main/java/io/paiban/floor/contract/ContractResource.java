package io.paiban.floor.contract;

import io.paiban.floor.contract.ContractDtos.ContractRequest;
import io.paiban.floor.contract.ContractDtos.ContractView;
import io.paiban.platform.error.Problem;
import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/contracts/{clientId}")
@Tag(name = "Contracts", description = "Commercial terms of a client's contract: price model, fees, deposit, measured standards "
        + "with windows and penalties, termination right; see docs/contracts.md")
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER, Roles.CLIENT_VIEWER})
    @Operation(summary = "The contract of a client")
    @APIResponse(responseCode = "200", description = "The contract")
    @APIResponse(responseCode = "404", description = "No contract, no such client, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractView get(@PathParam("clientId") long clientId) {
        return contracts.get(clientId);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or replace the contract of a client",
            description = "Replacing needs the version read (409 when stale). Response-time clauses refer to the client's service "
                    + "standards by channel and function; other clauses carry their own target share.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Invalid terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContractView put(@PathParam("clientId") long clientId, @NotNull @Valid ContractRequest request) {
        return contracts.put(clientId, request);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete the contract of a client")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("clientId") long clientId) {
        contracts.delete(clientId);
    }
}
