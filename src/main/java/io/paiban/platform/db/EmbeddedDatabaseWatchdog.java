package io.paiban.platform.db;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Restarts the embedded MariaDB when its process died under a running service. Meanwhile API calls answer 503
 * with Retry-After and readiness is down; the connection pool reconnects by itself once the server is back.
 */
@ApplicationScoped
public class EmbeddedDatabaseWatchdog {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseWatchdog.class);

    @Scheduled(every = "${paiban.embedded-db.watch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
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
    }
}
