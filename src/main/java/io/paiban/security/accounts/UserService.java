package io.paiban.security.accounts;

import io.paiban.security.AccessScope;
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
        UniqueKeys.require(UserAccount.class, "username", r.username(), user.id, "username");
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
        user.username = r.username();
        if (r.password() != null) {
            user.passwordHash = hasher.hash(r.password());
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

    /** Creates an account outside any request, for start-up and the create-admin command. */
    @Transactional
    public UserAccount createAccount(String username, String password, Role role, String displayName,
                                     Long agentId, Long clientId, Set<Long> siteIds, Set<Long> clientIds, boolean demo) {
        UserAccount user = new UserAccount();
        apply(user, new UserRequest(username, password, role, displayName, agentId, clientId, siteIds, clientIds, null));
        user.demoAccount = demo;
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
        user.passwordHash = hasher.hash(change.newPassword());
    }

    private UserAccount current() {
        UserAccount user = UserAccount.findByUsername(scope.actor());
        if (user == null) {
            throw ApiException.forbidden("no account for " + scope.actor());
        }
        return user;
    }
}
