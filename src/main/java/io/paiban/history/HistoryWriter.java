package io.paiban.history;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Upserts history rows with batched JDBC on the caller's transaction connection: a re-imported
 * (queue, interval start) replaces the stored values instead of adding a second row.
 */
@ApplicationScoped
public class HistoryWriter {

    private static final int BATCH = 5_000;
    private static final String UPSERT = "INSERT INTO contact_history (queue_id, interval_start, interval_minutes, offered,"
            + " answered, abandoned, aht_seconds, avg_wait_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE interval_minutes = VALUES(interval_minutes), offered = VALUES(offered),"
            + " answered = VALUES(answered), abandoned = VALUES(abandoned), aht_seconds = VALUES(aht_seconds),"
            + " avg_wait_seconds = VALUES(avg_wait_seconds)";

    @Inject
    AgroalDataSource dataSource;

    public void upsert(Collection<IntervalRecord> rows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            int pending = 0;
            for (IntervalRecord row : rows) {
                statement.setLong(1, row.queueId());
                statement.setObject(2, LocalDateTime.ofInstant(row.intervalStart(), ZoneOffset.UTC));
                statement.setInt(3, row.intervalMinutes());
                statement.setInt(4, row.offered());
                statement.setInt(5, row.answered());
                statement.setInt(6, row.abandoned());
                setNullable(statement, 7, row.ahtSeconds());
                setNullable(statement, 8, row.avgWaitSeconds());
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store contact history: " + e.getMessage(), e);
        }
    }

    /** Interval lengths already stored per queue: history of one queue stays on one grid. */
    public Map<Long, Integer> storedIntervalMinutes(Collection<Long> queueIds) {
        Map<Long, Integer> minutes = new HashMap<>();
        if (queueIds.isEmpty()) {
            return minutes;
        }
        String ids = queueIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT queue_id, MIN(interval_minutes) FROM contact_history WHERE queue_id IN (" + ids + ") GROUP BY queue_id");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                minutes.put(rs.getLong(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read contact history: " + e.getMessage(), e);
        }
        return minutes;
    }

    private static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static List<Long> ids(Collection<IntervalRecord> rows) {
        return rows.stream().map(IntervalRecord::queueId).distinct().toList();
    }
}
