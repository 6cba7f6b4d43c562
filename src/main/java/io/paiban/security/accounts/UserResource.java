package io.paiban.security.accounts;

import io.paiban.security.Role;
import io.paiban.security.Roles;

import io.paiban.security.accounts.UserDtos.UserRequest;
import io.paiban.security.accounts.UserDtos.UserView;
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

@Path("/api/users")
@Tag(name = "Users", description = "Accounts, roles and scopes (ADMIN only)")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    UserService users;

    @GET
    @Operation(summary = "List accounts, optionally of one role")
    public List<UserView> list(@QueryParam("role") Role role) {
        return users.list(role);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one account")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @Operation(summary = "Create an account", description = "The password is stored as a bcrypt hash and never returned.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@NotNull @Valid UserRequest request) {
        UserView created = users.create(request);
        return Response.created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an account", description = "Omit the password to keep it; send the version you read.")
    public UserView update(@PathParam("id") long id, @NotNull @Valid UserRequest request) {
        return users.update(id, request);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable an account", description = "It can no longer sign in; all its bearer tokens are revoked at once.")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView disable(@PathParam("id") long id) {
        return users.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView enable(@PathParam("id") long id) {
        return users.setEnabled(id, true);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an account")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        users.delete(id);
    }
}
