package io.paiban.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Identities built from the account as stored: the role comes from user_account, never from what the client
 * sent. A demo account that must change its password gets only {@link Roles#PASSWORD_CHANGE_REQUIRED}.
 */
public final class SecurityIdentities {

    /** Identity attribute: the account's id (Long). */
    public static final String USER_ID = "paiban.user-id";
    /** Identity attribute: the id of the bearer token used (Long); absent for password sign-ins. */
    public static final String TOKEN_ID = "paiban.token-id";

    private SecurityIdentities() {
    }

    public static SecurityIdentity of(long userId, String username, String role, boolean mustChangePassword, Long tokenId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(mustChangePassword ? Roles.PASSWORD_CHANGE_REQUIRED : role)
                .addAttribute(USER_ID, userId);
        if (tokenId != null) {
            builder.addAttribute(TOKEN_ID, tokenId);
        }
        return builder.build();
    }
}
