package io.paiban.security;

import io.paiban.platform.persistence.VersionedEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in. quarkus-security-jpa reads it to check HTTP Basic credentials against the
 * bcrypt hash; the role column holds exactly one of {@link Role}.
 */
@Entity
@Table(name = "user_account")
@UserDefinition
public class UserAccount extends VersionedEntity {

    @Username
    @Column(name = "username", nullable = false, length = 80)
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @Column(name = "user_role", nullable = false, length = 20)
    public String role;

    @Column(name = "display_name")
    public String displayName;

    /** The agent record an AGENT user is; null for every other role. */
    @Column(name = "agent_id")
    public Long agentId;

    /** The client a CLIENT_VIEWER reads; null for every other role. */
    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "demo_account", nullable = false)
    public boolean demoAccount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_site_scope", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "site_id")
    public Set<Long> siteIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_client_scope", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "client_id")
    public Set<Long> clientIds = new HashSet<>();

    public Role userRole() {
        return Role.valueOf(role);
    }

    public static UserAccount findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
