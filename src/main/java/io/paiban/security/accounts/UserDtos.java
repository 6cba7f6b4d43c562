package io.paiban.security.accounts;

import io.paiban.security.Role;
import io.paiban.security.UserAccount;

import io.paiban.platform.persistence.VersionedRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;
import java.util.TreeSet;

public final class UserDtos {

    private UserDtos() {
    }

    @Schema(name = "UserRequest", description = "An account. The password is required when creating and optional when "
            + "replacing (omitted keeps the old one). AGENT needs agentId, CLIENT_VIEWER needs clientId, SUPERVISOR "
            + "takes the siteIds and clientIds they are assigned to.")
    public record UserRequest(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only") String username,
            @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String password,
            @NotNull Role role,
            @Size(max = 200) String displayName,
            Long agentId,
            Long clientId,
            Set<Long> siteIds,
            Set<Long> clientIds,
            Long version) implements VersionedRequest {
    }

    @Schema(name = "User", description = "An account; the password hash is never returned")
    public record UserView(long id, String username, Role role, String displayName, Long agentId, Long clientId,
                           Set<Long> siteIds, Set<Long> clientIds, boolean demoAccount, boolean enabled, long version) {
        static UserView of(UserAccount u) {
            return new UserView(u.id, u.username, u.userRole(), u.displayName, u.agentId, u.clientId,
                    new TreeSet<>(u.siteIds), new TreeSet<>(u.clientIds), u.demoAccount, u.disabledAt == null, u.version);
        }
    }

    @Schema(name = "PasswordChange", description = "The current password and the new one")
    public record PasswordChange(@NotBlank String currentPassword,
                                 @NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters") String newPassword) {
    }

    @Schema(name = "Me", description = "The signed-in account")
    public record MeView(String username, Role role, String displayName, Long agentId, String agentName, Long siteId,
                         Long clientId, Set<Long> siteIds, Set<Long> clientIds) {
    }
}
