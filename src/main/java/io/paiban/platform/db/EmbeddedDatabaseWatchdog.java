package io.paiban.platform.db;

import io.paiban.platform.PaibanConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Restarts the embedded MariaDB when its process died under a running service. Meanwhile API calls answer 503
 * with Retry-After and readiness is down; the connection pool reconnects by itself once the server is back.
 *
 * <p>Runs on its own timer thread, not as a {@code @Scheduled} job: those fire from Quartz's job store, which lives in
 * the very database that is down, so a Quartz-fired watchdog never fired when it was needed.
 */
@ApplicationScoped
public class EmbeddedDatabaseWatchdog {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseWatchdog.class);

    @Inject
    PaibanConfig config;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        if (EmbeddedDatabaseLauncher.running().isEmpty()) {
            return; // an external database, or the tests' own server: nothing of ours to restart
        }
        Duration every = DurationConverter.parseDuration(config.embeddedDb().watchEvery());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-db-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::watch, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void watch() {
        try {
            EmbeddedDatabaseLauncher.running().ifPresent(db -> {
                if (!db.alive()) {
                    LOG.errorf("The embedded MariaDB (data %s) is not running; restarting it", db.dataDir());
                    try {
                        db.restart();
                        LOG.infof("The embedded MariaDB is running again on port %d", db.port());
                    } catch (RuntimeException e) {
                        LOG.errorf("Could not restart the embedded MariaDB: %s; trying again shortly", e.getMessage());
                    }
                }
            });
        } catch (Throwable e) {
            // never let the timer die: the next check must still run
            LOG.errorf(e, "The embedded MariaDB watchdog failed; checking again shortly");
        }
    }
}
