package io.paiban.security.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "TokenRequest", description = "Username and password, checked once")
    public record TokenRequest(@NotBlank @Size(max = 200) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Schema(name = "RefreshRequest", description = "The refresh token of the last pair; it is used up by this call")
    public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    @Schema(name = "Token", description = "Send accessToken as 'Authorization: Bearer <accessToken>'. Before it expires, "
            + "exchange refreshToken for a new pair at /api/auth/refresh.")
    public record TokenView(String accessToken, String tokenType, long expiresIn, Instant expiresAt,
                            String refreshToken, Instant refreshExpiresAt,
                            @Schema(description = "True for a published demo password on an exposed service: only "
                                    + "GET /api/me and PUT /api/me/password are allowed until it is changed")
                            boolean passwordChangeRequired) {
    }
}
