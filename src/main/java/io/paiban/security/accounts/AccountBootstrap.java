package io.paiban.security.accounts;

import io.paiban.security.Role;
import io.paiban.security.SecurityConfig;
import io.paiban.security.UserAccount;

import io.paiban.masterdata.client.Client;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.kernel.AgentStatus;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * First accounts. With an external database nothing is created unless an administrator is passed
 * in as configuration (or made with the create-admin command); the demo accounts exist only next
 * to the embedded demo center and their passwords are printed because they are public anyway.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    @Inject
    SecurityConfig config;

    @Inject
    UserService users;

    /** Runs before the demo loader so a configured administrator exists from the first request. */
    void createConfiguredAdmin(@Observes @Priority(10) StartupEvent event) {
        var admin = config.bootstrapAdmin();
        if (admin.username().isEmpty() || admin.password().isEmpty() || users.anyAdmin()) {
            return;
        }
        try {
            users.createAccount(admin.username().get(), admin.password().get(), Role.ADMIN, "Administrator",
                    null, null, Set.of(), Set.of(), false);
        } catch (RuntimeException e) {
            // replicas starting together race for the first administrator; the unique username lets one win
            if (users.anyAdmin()) {
                LOG.infof("The administrator was created by another replica starting at the same time");
                return;
            }
            throw e;
        }
        LOG.infof("Created the administrator %s from configuration", admin.username().get());
    }

    /** The demo sign-ins, one per role; created once, listed at every embedded start. */
    public record DemoAccount(String username, String password, Role role, String scope) {
    }

    @Transactional
    public List<DemoAccount> ensureDemoAccounts() {
        List<DemoAccount> accounts = new ArrayList<>();
        Site site = Site.findAll(Sort.by("id")).firstResult();
        Client client = Client.findAll(Sort.by("id")).firstResult();
        Agent agent = site == null ? null
                : Agent.find("site.id = ?1 and status = ?2", Sort.by("id"), site.id, AgentStatus.ACTIVE).firstResult();
        if (site == null || client == null || agent == null) {
            return accounts;
        }
        demo(accounts, "admin", Role.ADMIN, "everything", null, null, Set.of(), Set.of());
        demo(accounts, "supervisor", Role.SUPERVISOR, "site " + site.code + ", client " + client.code,
                null, null, Set.of(site.id), Set.of(client.id));
        demo(accounts, "planner", Role.PLANNER, "forecasts, staffing, reading rosters", null, null, Set.of(), Set.of());
        demo(accounts, "agent", Role.AGENT, "agent " + agent.employeeNo + " " + agent.fullName, agent.id, null, Set.of(), Set.of());
        demo(accounts, "client", Role.CLIENT_VIEWER, "client " + client.code, null, client.id, Set.of(), Set.of());
        return accounts;
    }

    private void demo(List<DemoAccount> accounts, String username, Role role, String scope,
                      Long agentId, Long clientId, Set<Long> siteIds, Set<Long> clientIds) {
        String password = username + "-demo";
        if (UserAccount.findByUsername(username) == null) {
            users.createAccount(username, password, role, "Demo " + role.name().toLowerCase(), agentId, clientId, siteIds, clientIds, true);
        }
        UserAccount account = UserAccount.findByUsername(username);
        if (account.demoAccount) {
            accounts.add(new DemoAccount(username, password, role, scope));
        }
    }
}
