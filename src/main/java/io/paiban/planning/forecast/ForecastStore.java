package io.paiban.planning.forecast;

import io.agroal.api.AgroalDataSource;
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
import java.util.Optional;

/** Bulk reads of history and bulk writes/reads of forecast values, in plain JDBC: tens of thousands of rows. */
@ApplicationScoped
public class ForecastStore {

    private static final int BATCH = 5_000;

    @Inject
    AgroalDataSource dataSource;

    public record StoredValue(long runId, long queueId, Instant intervalStart, double baseVolume, double volume, double ahtSeconds) {
    }

    public List<HistoryPoint> history(long queueId, Instant from, Instant to) {
        List<HistoryPoint> points = new ArrayList<>();
        String sql = "SELECT interval_start, offered, answered, aht_seconds FROM contact_history"
                + " WHERE queue_id = ? AND interval_start >= ? AND interval_start < ? ORDER BY interval_start";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, queueId);
            s.setObject(2, utc(from));
            s.setObject(3, utc(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double aht = rs.getDouble(4);
                    points.add(new HistoryPoint(instant(rs.getObject(1, LocalDateTime.class)), rs.getInt(2), rs.getInt(3),
                            rs.wasNull() ? null : aht));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read history: " + e.getMessage(), e);
        }
        return points;
    }

    /** Offered volume per stored interval start of one queue in [from, to). */
    public java.util.Map<Instant, Double> offered(long queueId, Instant from, Instant to) {
        java.util.Map<Instant, Double> offered = new java.util.HashMap<>();
        for (HistoryPoint p : history(queueId, from, to)) {
            offered.merge(p.intervalStart(), (double) p.offered(), Double::sum);
        }
        return offered;
    }

    public Optional<Instant> lastHistory(long queueId) {
        String sql = "SELECT MAX(interval_start) FROM contact_history WHERE queue_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, queueId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(instant(rs.getObject(1, LocalDateTime.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read history: " + e.getMessage(), e);
        }
    }

    public Optional<Instant> firstHistory(long queueId, Instant from, Instant to) {
        String sql = "SELECT MIN(interval_start) FROM contact_history WHERE queue_id = ? AND interval_start >= ? AND interval_start < ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, queueId);
            s.setObject(2, utc(from));
            s.setObject(3, utc(to));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(instant(rs.getObject(1, LocalDateTime.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read history: " + e.getMessage(), e);
        }
    }

    /** The interval length a queue's history is stored at (one per queue, enforced by the import). */
    public Optional<Integer> historyIntervalMinutes(long queueId) {
        String sql = "SELECT MIN(interval_minutes) FROM contact_history WHERE queue_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, queueId);
            try (ResultSet rs = s.executeQuery()) {
                int minutes = rs.next() ? rs.getInt(1) : 0;
                return minutes > 0 ? Optional.of(minutes) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read history: " + e.getMessage(), e);
        }
    }

    public void insertValues(List<StoredValue> values) {
        String sql = "INSERT INTO forecast_value (run_id, queue_id, interval_start, base_volume, volume, aht_seconds) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (StoredValue v : values) {
                s.setLong(1, v.runId());
                s.setLong(2, v.queueId());
                s.setObject(3, utc(v.intervalStart()));
                s.setDouble(4, v.baseVolume());
                s.setDouble(5, v.volume());
                s.setDouble(6, v.ahtSeconds());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store forecast values: " + e.getMessage(), e);
        }
    }

    /** Values of the given runs (all when empty), optionally of one queue, in [from, to); newest run first. */
    public List<StoredValue> values(List<Long> runIds, List<Long> queueIds, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT run_id, queue_id, interval_start, base_volume, volume, aht_seconds"
                + " FROM forecast_value WHERE interval_start >= ? AND interval_start < ?");
        if (!runIds.isEmpty()) {
            sql.append(" AND run_id IN (").append(join(runIds)).append(')');
        }
        if (!queueIds.isEmpty()) {
            sql.append(" AND queue_id IN (").append(join(queueIds)).append(')');
        }
        sql.append(" ORDER BY run_id DESC, queue_id, interval_start");
        List<StoredValue> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            s.setObject(1, utc(from));
            s.setObject(2, utc(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(new StoredValue(rs.getLong(1), rs.getLong(2), instant(rs.getObject(3, LocalDateTime.class)),
                            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read forecast values: " + e.getMessage(), e);
        }
        return values;
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
