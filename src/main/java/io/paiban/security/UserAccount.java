package io.paiban.security;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in. {@link PasswordIdentityProvider} checks passwords against the bcrypt hash (modular
 * crypt format); the role column holds exactly one of {@link Role}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    @Column(name = "username", nullable = false, length = 80)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

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

    /** Set when an administrator disabled the account: it cannot sign in and its tokens are revoked. */
    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** When the owner (or an administrator) last set the password; null for a demo account never changed. */
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

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
        return find("username", Usernames.normalise(username)).firstResult();
    }
}
