package io.paiban.security.accounts;

import io.paiban.security.AccessScope;
import io.paiban.security.ApiTokens;
import io.paiban.security.PasswordPolicy;
import io.paiban.security.Usernames;
import io.paiban.security.PasswordHasher;
import io.paiban.security.Role;
import io.paiban.security.UserAccount;

import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.security.accounts.UserDtos.MeView;
import io.paiban.security.accounts.UserDtos.PasswordChange;
import io.paiban.security.accounts.UserDtos.UserRequest;
import io.paiban.security.accounts.UserDtos.UserView;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Accounts: who signs in, with which role, linked to which agent or client, scoped to which sites and clients. */
@ApplicationScoped
public class UserService extends VersionedCrudService<UserAccount, UserRequest, UserView> {

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessScope scope;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    ApiTokens tokens;

    public UserService() {
        super(UserAccount.class, "User");
    }

    public List<UserView> list(Role role) {
        List<UserAccount> users = role == null
                ? UserAccount.listAll(Sort.by("username"))
                : UserAccount.list("role", Sort.by("username"), role.name());
        return users.stream().map(UserView::of).toList();
    }

    @Override
    protected UserView view(UserAccount user) {
        return UserView.of(user);
    }

    @Override
    protected void apply(UserAccount user, UserRequest r) {
        String username = Usernames.normalise(r.username());
        Usernames.problem(r.username()).ifPresent(p -> {
            throw ApiException.invalidField("username", p);
        });
        UniqueKeys.require(UserAccount.class, "username", username, user.id, "username");
        if (user.id == null && r.password() == null) {
            throw ApiException.invalidField("password", "required when creating a user");
        }
        Set<Long> siteIds = r.siteIds() == null ? Set.of() : r.siteIds();
        Set<Long> clientIds = r.clientIds() == null ? Set.of() : r.clientIds();
        checkRoleLinks(r, siteIds, clientIds);
        if (r.agentId() != null) {
            UserAccount holder = UserAccount.find("agentId", r.agentId()).firstResult();
            if (holder != null && !holder.id.equals(user.id)) {
                throw ApiException.conflict("agent " + r.agentId() + " already has the account " + holder.username);
            }
        }
        user.username = username;
        if (r.password() != null) {
            user.passwordHash = hasher.hash(r.password());
            user.passwordChangedAt = java.time.Instant.now();
        }
        user.role = r.role().name();
        user.displayName = r.displayName();
        user.agentId = r.agentId();
        user.clientId = r.clientId();
        user.siteIds = new HashSet<>(siteIds);
        user.clientIds = new HashSet<>(clientIds);
    }

    private static void checkRoleLinks(UserRequest r, Set<Long> siteIds, Set<Long> clientIds) {
        boolean agent = r.role() == Role.AGENT;
        boolean viewer = r.role() == Role.CLIENT_VIEWER;
        boolean supervisor = r.role() == Role.SUPERVISOR;
        if (agent != (r.agentId() != null)) {
            throw ApiException.invalidField("agentId", agent ? "required for the AGENT role" : "only an AGENT user is linked to an agent");
        }
        if (agent && Agent.findById(r.agentId()) == null) {
            throw ApiException.invalidField("agentId", "agent " + r.agentId() + " does not exist");
        }
        if (viewer != (r.clientId() != null)) {
            throw ApiException.invalidField("clientId", viewer ? "required for the CLIENT_VIEWER role" : "only a CLIENT_VIEWER user is linked to one client");
        }
        if (viewer && Client.findById(r.clientId()) == null) {
            throw ApiException.invalidField("clientId", "client " + r.clientId() + " does not exist");
        }
        if (!supervisor && (!siteIds.isEmpty() || !clientIds.isEmpty())) {
            throw ApiException.invalidField(siteIds.isEmpty() ? "clientIds" : "siteIds",
                    "only SUPERVISOR users are assigned sites and clients; ADMIN and PLANNER see everything");
        }
        for (Long siteId : siteIds) {
            if (Site.findById(siteId) == null) {
                throw ApiException.invalidField("siteIds", "site " + siteId + " does not exist");
            }
        }
        for (Long clientId : clientIds) {
            if (Client.findById(clientId) == null) {
                throw ApiException.invalidField("clientIds", "client " + clientId + " does not exist");
            }
        }
    }

    @Override
    @Transactional
    public UserView create(UserRequest request) {
        if (request.password() != null) {
            passwordPolicy.check("password", request.username(), request.password(), null);
        }
        return super.create(request);
    }

    /**
     * Replaces an account. A new password must meet the policy and differ from the current one; a new password
     * revokes the account's tokens, and any change makes the next token check read the account afresh.
     */
    @Override
    @Transactional
    public UserView update(long id, UserRequest request) {
        UserAccount before = findVisible(id);
        if (request.password() != null) {
            passwordPolicy.check("password", request.username(), request.password(), before.passwordHash);
            tokens.revokeAll(id);
        }
        UserView updated = super.update(id, request);
        tokens.forgetUser(id);
        return updated;
    }

    @Override
    @Transactional
    public void delete(long id) {
        super.delete(id);
        tokens.forgetUser(id);
    }

    /** Disables or re-enables an account; disabling revokes all its tokens. */
    @Transactional
    public UserView setEnabled(long id, boolean enabled) {
        UserAccount user = findVisible(id);
        if (enabled) {
            user.disabledAt = null;
        } else if (user.disabledAt == null) {
            user.disabledAt = java.time.Instant.now();
        }
        user.persistAndFlush();
        if (!enabled) {
            tokens.revokeAll(id);
        }
        tokens.forgetUser(id);
        return UserView.of(user);
    }

    /** Creates an account outside any request, for start-up and the create-admin command. */
    @Transactional
    public UserAccount createAccount(String username, String password, Role role, String displayName,
                                     Long agentId, Long clientId, Set<Long> siteIds, Set<Long> clientIds, boolean demo) {
        UserAccount user = new UserAccount();
        if (!demo) {
            passwordPolicy.check("password", username, password, null);
        }
        apply(user, new UserRequest(username, password, role, displayName, agentId, clientId, siteIds, clientIds, null));
        user.demoAccount = demo;
        if (demo) {
            user.passwordChangedAt = null;
        }
        user.persistAndFlush();
        return user;
    }

    public boolean anyAdmin() {
        return UserAccount.count("role", Role.ADMIN.name()) > 0;
    }

    public MeView me() {
        UserAccount user = current();
        Agent agent = user.agentId == null ? null : Agent.findById(user.agentId);
        return new MeView(user.username, user.userRole(), user.displayName, user.agentId,
                agent == null ? null : agent.fullName, agent == null ? null : agent.site.id, user.clientId,
                Set.copyOf(user.siteIds), Set.copyOf(user.clientIds));
    }

    @Transactional
    public void changeOwnPassword(PasswordChange change) {
        UserAccount user = current();
        if (!hasher.matches(change.currentPassword(), user.passwordHash)) {
            throw ApiException.invalidField("currentPassword", "does not match the current password");
        }
        passwordPolicy.check("newPassword", user.username, change.newPassword(), user.passwordHash);
        user.passwordHash = hasher.hash(change.newPassword());
        user.passwordChangedAt = java.time.Instant.now();
        tokens.revokeAll(user.id);
    }

    private UserAccount current() {
        UserAccount user = UserAccount.findByUsername(scope.actor());
        if (user == null) {
            throw ApiException.forbidden("no account for " + scope.actor());
        }
        return user;
    }
}
