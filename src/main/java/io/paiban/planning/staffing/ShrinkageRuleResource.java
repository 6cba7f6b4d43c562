package io.paiban.planning.staffing;

import io.paiban.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.paiban.planning.staffing.ShrinkageDtos.ShrinkageRuleRequest;
import io.paiban.planning.staffing.ShrinkageDtos.ShrinkageRuleView;
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

@Path("/api/shrinkage-rules")
@Tag(name = "Staffing", description = "Erlang C/A and chat staffing calculations (formulas in docs/staffing.md)")
@RolesAllowed({Roles.ADMIN, Roles.PLANNER})
public class ShrinkageRuleResource {

    @Inject
    ShrinkageRuleService rules;

    @GET
    @Operation(summary = "List shrinkage rules (of one queue and those for every queue)")
    public List<ShrinkageRuleView> list(@QueryParam("queueId") Long queueId) {
        return rules.list(queueId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one shrinkage rule")
    public ShrinkageRuleView get(@PathParam("id") long id) {
        return rules.get(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Operation(summary = "Create a shrinkage rule", description = "For a queue or every queue, on a date, a weekday or every day. "
            + "The most specific rule wins: queue over every queue, then date over weekday over every day.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid ShrinkageRuleRequest request) {
        ShrinkageRuleView created = rules.create(request);
        return Response.created(URI.create("/api/shrinkage-rules/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Path("/{id}")
    @Operation(summary = "Replace a shrinkage rule", description = "Send the version you read; a stale version gives 409.")
    public ShrinkageRuleView update(@PathParam("id") long id, @NotNull @Valid ShrinkageRuleRequest request) {
        return rules.update(id, request);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.PLANNER})
    @Path("/{id}")
    @Operation(summary = "Delete a shrinkage rule")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        rules.delete(id);
    }
}
