package io.paiban;

import io.paiban.platform.db.EmbeddedDatabaseLauncher;
import io.paiban.security.accounts.CreateAdminCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded MariaDB unless an external datasource is configured, then the service.
 * The database has to be up before Quarkus boots because Flyway migrates and Hibernate validates
 * the schema during start-up. {@code create-admin <username>} makes the first administrator and exits.
 */
@QuarkusMain
public final class PaibanMain {

    private PaibanMain() {
    }

    public static void main(String... args) {
        EmbeddedDatabaseLauncher.startUnlessExternal();
        if (args.length > 0 && "create-admin".equals(args[0])) {
            // A command, not the service: no HTTP listener, no demo load.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("paiban.demo.load-on-first-start", "false");
            Quarkus.run(CreateAdminCommand.class, args);
            return;
        }
        Quarkus.run(args);
    }
}
