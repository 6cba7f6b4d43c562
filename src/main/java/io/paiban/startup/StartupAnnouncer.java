package io.paiban.startup;

import io.paiban.platform.PaibanConfig;

import io.paiban.demo.DemoLoader;
import io.paiban.demo.DemoService;
import io.paiban.security.accounts.AccountBootstrap;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the demo center on the first embedded start and tells the user where everything is. */
@ApplicationScoped
public class StartupAnnouncer {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncer.class);

    @Inject
    PaibanConfig config;

    @Inject
    DemoService demo;

    @Inject
    DemoLoader loader;

    @Inject
    AccountBootstrap accounts;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url", defaultValue = "")
    String jdbcUrl;

    void onStart(@Observes StartupEvent event) {
        if (config.embeddedDb().active() && config.demo().loadOnFirstStart() && loader.isEmpty()) {
            LOG.info("Empty embedded database: loading the demo contact center");
            demo.loadDefault();
        }
        String signIns = "";
        if (config.embeddedDb().active() && config.demo().loadOnFirstStart()) {
            StringBuilder lines = new StringBuilder(System.lineSeparator() + "    Demo sign-ins (console and HTTP Basic; embedded demo only):");
            for (AccountBootstrap.DemoAccount account : accounts.ensureDemoAccounts()) {
                lines.append(System.lineSeparator()).append(String.format("      %-13s %-11s / %-16s %s",
                        account.role(), account.username(), account.password(), account.scope()));
            }
            signIns = lines.toString();
        }
        String base = "http://localhost:" + port;
        String database = config.embeddedDb().active()
                ? "embedded MariaDB " + jdbcUrl + " (data in " + config.embeddedDb().dataDir().orElse("?") + ")"
                : "external MariaDB " + jdbcUrl;
        LOG.info(String.join(System.lineSeparator(),
                "",
                "  Paiban is up",
                "    Console       " + base + "/",
                "    REST API      " + base + "/api",
                "    Swagger UI    " + base + "/q/swagger-ui",
                "    OpenAPI       " + base + "/q/openapi",
                "    Health        " + base + "/q/health",
                "    Metrics       " + base + "/q/metrics",
                "    Database      " + database) + signIns);
    }
}
