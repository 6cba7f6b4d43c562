package io.paiban.platform.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Writes many rows on the caller's transaction connection: multi-row inserts and upserts in chunks, and
 * batches of one statement. Multi-row statements because a JDBC batch of single-row upserts costs one round
 * trip per row with this driver (a year of 15-minute history for 20 queues took ~40 s that way, ~10 s now).
 * Values: {@link Instant}s are stored as UTC {@code DATETIME(6)}; everything else goes to {@code setObject}
 * (null included).
 */
@ApplicationScoped
public class BatchWriter {

    private static final int BATCH = 1_000;

    @Inject
    AgroalDataSource dataSource;

    /** Inserts (or upserts) every row; {@code values} gives a row's values in the insert's column order. */
    public <T> void write(MultiRowInsert insert, Collection<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        List<T> all = List.copyOf(rows);
        int chunk = insert.rowsPerStatement();
        try (Connection connection = dataSource.getConnection()) {
            int full = all.size() / chunk;
            if (full > 0) {
                // one statement prepared for every full chunk
                try (PreparedStatement statement = connection.prepareStatement(insert.sql(chunk))) {
                    for (int c = 0; c < full; c++) {
                        bindRows(statement, insert, all.subList(c * chunk, (c + 1) * chunk), values);
                        statement.executeUpdate();
                    }
                }
            }
            List<T> rest = all.subList(full * chunk, all.size());
            if (!rest.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement(insert.sql(rest.size()))) {
                    bindRows(statement, insert, rest, values);
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + all.size() + " rows: " + e.getMessage(), e);
        }
    }

    /** Rows that are already value arrays in column order. */
    public void write(MultiRowInsert insert, Collection<Object[]> rows) {
        write(insert, rows, Function.identity());
    }

    /** One statement (an UPDATE, say) run for every row, sent in batches. */
    public <T> void batch(String sql, Collection<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                Object[] v = values.apply(row);
                for (int i = 0; i < v.length; i++) {
                    statement.setObject(i + 1, jdbc(v[i]));
                }
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
            throw new IllegalStateException("Could not write " + rows.size() + " rows: " + e.getMessage(), e);
        }
    }

    private static <T> void bindRows(PreparedStatement statement, MultiRowInsert insert, List<T> rows,
                                     Function<T, Object[]> values) throws SQLException {
        int p = 1;
        for (T row : rows) {
            Object[] v = values.apply(row);
            if (v.length != insert.columnCount()) {
                throw new IllegalArgumentException("a row has " + v.length + " values for " + insert.columnCount() + " columns");
            }
            for (Object value : v) {
                statement.setObject(p++, jdbc(value));
            }
        }
    }

    private static Object jdbc(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }
}
