package io.paiban.security.accounts;

import io.paiban.security.Roles;

import io.paiban.security.accounts.UserDtos.MeView;
import io.paiban.security.accounts.UserDtos.PasswordChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "Me", description = "The signed-in account")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.AGENT, Roles.CLIENT_VIEWER})
public class MeResource {

    @Inject
    UserService users;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.AGENT, Roles.CLIENT_VIEWER, Roles.PASSWORD_CHANGE_REQUIRED})
    @Operation(summary = "Who am I", description = "Role, linked agent or client, and assigned sites and clients.")
    public MeView me() {
        return users.me();
    }

    @PUT
    @Path("/password")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.PLANNER, Roles.AGENT, Roles.CLIENT_VIEWER, Roles.PASSWORD_CHANGE_REQUIRED})
    @Operation(summary = "Change own password", description = "The new password must meet the password policy and differ "
            + "from the current one. All bearer tokens of the account are revoked; sign in again.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password does not match")
    public void changePassword(@NotNull @Valid PasswordChange change) {
        users.changeOwnPassword(change);
    }
}
