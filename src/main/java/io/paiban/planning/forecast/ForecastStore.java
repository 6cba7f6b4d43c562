package io.paiban.planning.forecast;

import io.agroal.api.AgroalDataSource;
import io.paiban.planning.history.IntervalActuals;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** History as forecasting reads it (from the interval actuals), and bulk writes/reads of forecast values: tens of thousands of rows. */
@ApplicationScoped
public class ForecastStore {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IntervalActuals actuals;

    @Inject
    BatchWriter writer;

    /** One stored forecast value; {@code lower} and {@code upper} are the prediction bounds (null for older runs). */
    public record StoredValue(long runId, long queueId, Instant intervalStart, double baseVolume, double volume, double ahtSeconds,
                              Double lower, Double upper) {

        public StoredValue(long runId, long queueId, Instant intervalStart, double baseVolume, double volume, double ahtSeconds) {
            this(runId, queueId, intervalStart, baseVolume, volume, ahtSeconds, null, null);
        }
    }

    private static final MultiRowInsert VALUES = MultiRowInsert.into("forecast_value",
            "run_id", "queue_id", "interval_start", "base_volume", "volume", "aht_seconds", "lower_volume", "upper_volume");

    /** A queue's interval actuals in [from, to) as forecasting reads them: counts and mean handle time. */
    public List<HistoryPoint> history(long queueId, Instant from, Instant to) {
        return actuals.between(List.of(queueId), from, to).stream()
                .map(a -> new HistoryPoint(a.intervalStart(), a.offered(), a.answered(), a.ahtSeconds())).toList();
    }

    /** Offered volume per stored interval start of one queue in [from, to). */
    public Map<Instant, Double> offered(long queueId, Instant from, Instant to) {
        Map<Instant, Double> offered = new HashMap<>();
        for (HistoryPoint p : history(queueId, from, to)) {
            offered.merge(p.intervalStart(), (double) p.offered(), Double::sum);
        }
        return offered;
    }

    public Optional<Instant> lastHistory(long queueId) {
        return actuals.last(queueId);
    }

    public Optional<Instant> firstHistory(long queueId, Instant from, Instant to) {
        return actuals.first(queueId, from, to);
    }

    /** The interval length a queue's history is stored at (one per queue, enforced by the imports). */
    public Optional<Integer> historyIntervalMinutes(long queueId) {
        return actuals.intervalMinutes(queueId);
    }

    public void insertValues(List<StoredValue> values) {
        writer.write(VALUES, values, v -> new Object[]{v.runId(), v.queueId(), v.intervalStart(), v.baseVolume(), v.volume(),
                v.ahtSeconds(), v.lower(), v.upper()});
    }

    /** Values of the given runs (all when empty), optionally of one queue, in [from, to); newest run first. */
    public List<StoredValue> values(List<Long> runIds, List<Long> queueIds, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT run_id, queue_id, interval_start, base_volume, volume, aht_seconds, lower_volume, upper_volume"
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
                            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getObject(7, Double.class),
                            rs.getObject(8, Double.class)));
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
