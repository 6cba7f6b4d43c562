package io.paiban.platform.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records each run of a clustered scheduled job in scheduled_job_run: which firing (the trigger's scheduled time),
 * on which replica, from when to when. Quartz's clustered job store decides who runs a firing; the table's unique key
 * on (job, firing) is the guard behind it: a replica that starts or reschedules the trigger while another holds the
 * same firing (seen in ClusterIT when a second replica starts) finds the row taken and skips. Any other failed write
 * is logged and the job runs anyway.
 */
@ApplicationScoped
public class ScheduledJobRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledJobRuns.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClusterNode node;

    /** Runs {@code job} as the firing of {@code jobName} scheduled for {@code scheduledFor}, recorded around it. */
    public <T> Optional<T> run(String jobName, Instant scheduledFor, Supplier<T> job) {
        Long id;
        try {
            id = start(jobName, scheduledFor);
        } catch (SQLIntegrityConstraintViolationException taken) {
            LOG.infof("Firing of %s scheduled for %s already runs on another replica; skipped", jobName, scheduledFor);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(job.get());
        } finally {
            end(id);
        }
    }

    private Long start(String jobName, Instant scheduledFor) throws SQLIntegrityConstraintViolationException {
        String sql = "INSERT INTO scheduled_job_run (job_name, scheduled_for, instance_id, started_at) VALUES (?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, jobName);
            s.setObject(2, utc(scheduledFor));
            s.setString(3, node.instanceId());
            s.setObject(4, utc(Instant.now()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : null;
            }
        } catch (SQLIntegrityConstraintViolationException taken) {
            throw taken;
        } catch (SQLException e) {
            LOG.warnf(e, "Could not record the run of %s", jobName);
            return null;
        }
    }

    private void end(Long id) {
        if (id == null) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE scheduled_job_run SET ended_at = ? WHERE id = ?")) {
            s.setObject(1, utc(Instant.now()));
            s.setLong(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf(e, "Could not record the end of scheduled run %d", id);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
