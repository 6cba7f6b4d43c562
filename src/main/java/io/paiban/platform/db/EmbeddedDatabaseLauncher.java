package io.paiban.platform.db;

import io.quarkus.runtime.Application;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Decides, before Quarkus starts, whether Paiban runs on its embedded MariaDB, and if so starts it
 * and hands its URL to Quarkus as the standard {@code quarkus.datasource.*} settings.
 *
 * <p>The embedded server is skipped when {@code quarkus.datasource.jdbc.url} is set as a system
 * property, an environment variable ({@code QUARKUS_DATASOURCE_JDBC_URL}), or in
 * {@code config/application.properties} / {@code .env} in the working directory, or when
 * {@code paiban.embedded-db.enabled=false}.
 */
public final class EmbeddedDatabaseLauncher {

    public static final String ACTIVE_PROPERTY = "paiban.embedded-db.active";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseLauncher.class);

    private static volatile EmbeddedMariaDb running;

    private EmbeddedDatabaseLauncher() {
    }

    /** The embedded server this process started, if any. */
    public static Optional<EmbeddedMariaDb> running() {
        return Optional.ofNullable(running);
    }

    public static Optional<EmbeddedMariaDb> startUnlessExternal() {
        if (setting("quarkus.datasource.jdbc.url").isPresent()) {
            LOG.info("External datasource configured; the embedded MariaDB is not started");
            return Optional.empty();
        }
        if (!Boolean.parseBoolean(setting("paiban.embedded-db.enabled").orElse("true"))) {
            LOG.info("Embedded MariaDB disabled and no quarkus.datasource.jdbc.url set");
            return Optional.empty();
        }
        Path home = Path.of(setting("paiban.embedded-db.dir")
                .orElse(System.getProperty("user.home") + "/.paiban/mariadb"));
        int port = Integer.parseInt(setting("paiban.embedded-db.port").orElse("0"));
        LOG.infof("Starting embedded MariaDB in %s (first start unpacks the server, ~10 s)", home);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(home, port);
        running = db;
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedMariaDb.USER);
        System.setProperty("quarkus.datasource.password", "");
        System.setProperty(ACTIVE_PROPERTY, "true");
        System.setProperty("paiban.embedded-db.data-dir", db.dataDir().toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(db), "embedded-mariadb-stop"));
        return Optional.of(db);
    }

    /** The connection pool must close before the server goes, or shutdown logs broken connections. */
    private static void stopAfterQuarkus(EmbeddedMariaDb db) {
        running = null;
        Application application = Application.currentApplication();
        if (application != null && application.isStarted()) {
            application.awaitShutdown();
        }
        db.close();
    }

    /** System property, then environment variable, then the working directory's config files. */
    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        if (value == null) {
            value = fromFile(Path.of("config", "application.properties"), name);
        }
        if (value == null) {
            value = fromFile(Path.of(".env"), name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static String fromFile(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            // starting the embedded database instead of the configured one would hide the mistake
            throw new IllegalStateException("Cannot read configuration file " + file.toAbsolutePath()
                    + " while looking up " + key + ": " + e.getMessage(), e);
        }
        return properties.getProperty(key);
    }
}
