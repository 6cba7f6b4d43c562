package io.paiban.platform.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Readiness: the database answers a trivial query within two seconds. Replaces the datasource check of
 * Quarkus, whose failure message shows the database host and port to anonymous callers; this one says only
 * UP or DOWN (the reason is in the server log).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DatabaseReadiness.class);

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("SELECT 1");
            return HealthCheckResponse.up("database");
        } catch (Exception e) {
            LOG.warnf("readiness: the database does not answer: %s", e.getMessage());
            return HealthCheckResponse.down("database");
        }
    }
}
