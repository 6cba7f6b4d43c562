package io.paiban.floor.attendance;

import io.paiban.floor.attendance.PolicyDtos.PolicyRequest;
import io.paiban.floor.attendance.PolicyDtos.PolicyView;
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
import java.util.List;

@Path("/api/attendance/policies")
@Tag(name = "Attendance policies", description = "Lateness, away, leave, bonus and complaint rules per site or per client")
public class PolicyResource {

    @Inject
    PolicyService policies;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "List stored policies, optionally of one site or client")
    public List<PolicyView> list(@QueryParam("siteId") Long siteId, @QueryParam("clientId") Long clientId) {
        return policies.list(siteId, clientId);
    }

    @GET
    @Path("/defaults")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "The built-in rules", description = "Used where neither the shift's client nor its site has a policy.")
    public PolicyView defaults() {
        return PolicyView.defaults();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Get one policy")
    @APIResponse(responseCode = "404", description = "No such policy")
    public PolicyView get(@PathParam("id") long id) {
        return policies.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Create the policy of a site or a client", description = "Rules left out take the defaults. A client's "
            + "policy applies to shifts on its queues and wins over the site's. Applies to days evaluated from now on; "
            + "re-run evaluations for past days.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The site or client already has a policy")
    public Response create(@NotNull @Valid PolicyRequest request) {
        PolicyView created = policies.create(request);
        return Response.created(URI.create("/api/attendance/policies/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Replace a policy", description = "Send the version you read; a stale version gives 409.")
    public PolicyView update(@PathParam("id") long id, @NotNull @Valid PolicyRequest request) {
        return policies.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Delete a policy (the defaults apply again)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        policies.delete(id);
    }
}
