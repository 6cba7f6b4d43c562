package io.paiban.floor.intraday;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the queues took so far today: offered, answered and handle seconds per queue and forecast interval, from imported actuals. */
@ApplicationScoped
public class ActualsSoFar {

    @Inject
    AgroalDataSource dataSource;

    /** Sums per queue and interval of {@code minutes} counted from {@code from}, of the actuals in [from, at): {offered, answered, handle s}. */
    Map<Long, Map<Instant, double[]>> read(List<Long> queueIds, Instant from, Instant at, int minutes) {
        String sql = "SELECT queue_id, interval_start, offered, answered, handle_seconds FROM queue_interval_actual WHERE queue_id IN ("
                + queueIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") AND interval_start >= ? AND interval_start < ?";
        Map<Long, Map<Instant, double[]>> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            s.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Instant start = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    long offset = Duration.between(from, start).toMinutes() / minutes * minutes;
                    double[] sum = out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(from.plus(offset, ChronoUnit.MINUTES), k -> new double[3]);
                    sum[0] += rs.getInt(3);
                    sum[1] += rs.getInt(4);
                    sum[2] += rs.getDouble(5);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read actuals: " + e.getMessage(), e);
        }
        return out;
    }
}
