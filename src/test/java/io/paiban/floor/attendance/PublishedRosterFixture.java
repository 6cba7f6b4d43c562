package io.paiban.floor.attendance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Writes a published roster straight into the roster tables (solving one is the roster tests' business): a
 * forecast run and staffing run to hang it on, the roster with one publication, and published agent-days.
 */
@ApplicationScoped
public class PublishedRosterFixture {

    @Inject
    AgroalDataSource dataSource;

    public long templateId(String code) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM shift_template WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A roster of the site from {@code firstDate} over {@code weeks}, published once. */
    public long publishedRoster(long siteId, LocalDate firstDate, int weeks) throws SQLException {
        return publishedRoster(siteId, firstDate, weeks, LocalDateTime.of(2026, 3, 1, 0, 0));
    }

    /** A roster of the site from {@code firstDate} over {@code weeks}, published once at {@code publishedAt} (UTC). */
    public long publishedRoster(long siteId, LocalDate firstDate, int weeks, LocalDateTime publishedAt) throws SQLException {
        LocalDateTime now = LocalDateTime.of(2026, 3, 1, 0, 0);
        try (Connection c = dataSource.getConnection()) {
            long forecast = insert(c, "INSERT INTO forecast_run (scope_key, site_id, version_no, run_status, horizon_start, horizon_end,"
                    + " interval_minutes, history_start, parameters, elapsed_ms, row_version, created_at, updated_at)"
                    + " VALUES ('att-" + UUID.randomUUID() + "', " + siteId + ", 1, 'COMPLETED', '" + now + "', '" + now.plusWeeks(8)
                    + "', 30, '" + now.minusYears(1) + "', '{}', 0, 0, '" + now + "', '" + now + "')");
            long staffing = insert(c, "INSERT INTO staffing_run (forecast_run_id, horizon_start, horizon_end, interval_minutes, parameters,"
                    + " elapsed_ms, row_version, created_at, updated_at) VALUES (" + forecast + ", '" + now + "', '" + now.plusWeeks(8)
                    + "', 30, '{}', 0, 0, '" + now + "', '" + now + "')");
            return insert(c, "INSERT INTO roster (site_id, first_date, weeks, staffing_run_id, roster_status, publication_no, published_at,"
                    + " published_by, row_version, created_at, updated_at) VALUES (" + siteId + ", '" + firstDate + "', " + weeks + ", "
                    + staffing + ", 'PUBLISHED', 1, '" + publishedAt + "', 'test', 0, '" + now + "', '" + now + "')");
        }
    }

    /** A published agent-day; template null = a published day off. */
    public void publish(long rosterId, long agentId, LocalDate date, Long templateId) throws SQLException {
        publish(rosterId, agentId, date, templateId, null);
    }

    /** A published agent-day on a queue; template null = a published day off. */
    public void publish(long rosterId, long agentId, LocalDate date, Long templateId, Long queueId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO roster_assignment (roster_id, agent_id, work_date, shift_template_id, queue_id, pinned, assignment_source,"
                        + " has_published, published_template_id, published_queue_id, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, 'MANUAL',"
                        + " TRUE, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE shift_template_id = VALUES(shift_template_id),"
                        + " queue_id = VALUES(queue_id), published_template_id = VALUES(published_template_id),"
                        + " published_queue_id = VALUES(published_queue_id)")) {
            s.setLong(1, rosterId);
            s.setLong(2, agentId);
            s.setObject(3, date);
            s.setObject(4, templateId);
            s.setObject(5, queueId);
            s.setObject(6, templateId);
            s.setObject(7, queueId);
            s.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
