package io.paiban.planning.staffing;

import io.agroal.api.AgroalDataSource;
import io.paiban.platform.persistence.BatchWriter;
import io.paiban.platform.persistence.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Per-interval staffing values: thousands of rows per run, so multi-row JDBC on the transaction's connection. */
@ApplicationScoped
public class StaffingStore {

    private static final MultiRowInsert VALUES = MultiRowInsert.into("staffing_value", "run_id", "queue_id", "interval_start",
            "open_interval", "volume", "aht_seconds", "raw_agents", "shrinkage", "scheduled_agents", "service_level", "asa_seconds",
            "abandon_rate", "occupancy", "backlog_items");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BatchWriter writer;

    public void insert(long runId, List<IntervalRequirement> values) {
        writer.write(VALUES, values, v -> new Object[]{runId, v.queueId(), v.intervalStart(), v.open(), v.volume(), v.ahtSeconds(),
                v.rawAgents(), v.shrinkage(), v.scheduledAgents(), v.serviceLevel(), v.asaSeconds(), v.abandonRate(), v.occupancy(),
                v.backlogItems()});
    }

    public List<IntervalRequirement> values(long runId, Long queueId, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT queue_id, interval_start, open_interval, volume, aht_seconds, raw_agents, shrinkage,"
                + " scheduled_agents, service_level, asa_seconds, abandon_rate, occupancy, backlog_items"
                + " FROM staffing_value WHERE run_id = ?");
        if (queueId != null) {
            sql.append(" AND queue_id = ?");
        }
        if (from != null) {
            sql.append(" AND interval_start >= ?");
        }
        if (to != null) {
            sql.append(" AND interval_start < ?");
        }
        sql.append(" ORDER BY queue_id, interval_start");
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int p = 1;
            select.setLong(p++, runId);
            if (queueId != null) {
                select.setLong(p++, queueId);
            }
            if (from != null) {
                select.setObject(p++, utc(from));
            }
            if (to != null) {
                select.setObject(p, utc(to));
            }
            List<IntervalRequirement> values = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.add(new IntervalRequirement(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getBoolean(3), rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getDouble(7), rs.getInt(8),
                            nullable(rs, 9), nullable(rs, 10), nullable(rs, 11), nullable(rs, 12), nullable(rs, 13)));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read staffing values: " + e.getMessage(), e);
        }
    }

    /** UTC wall-clock values, so that no JVM default zone (and its DST gaps) gets in between. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Double nullable(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }
}
