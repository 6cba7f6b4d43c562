package io.paiban;

import io.paiban.platform.db.EmbeddedDatabaseLauncher;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded MariaDB unless an external datasource is configured, then the service.
 * The database has to be up before Quarkus boots because Flyway migrates and Hibernate validates
 * the schema during start-up.
 */
@QuarkusMain
public final class PaibanMain {

    private PaibanMain() {
    }

    public static void main(String... args) {
        EmbeddedDatabaseLauncher.startUnlessExternal();
        Quarkus.run(args);
    }
}
