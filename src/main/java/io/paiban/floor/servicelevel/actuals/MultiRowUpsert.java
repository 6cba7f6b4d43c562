package io.paiban.floor.servicelevel.actuals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * INSERT ... ON DUPLICATE KEY UPDATE of many rows per statement: a re-imported natural key replaces the
 * stored values, so an import is idempotent. Multi-row statements because a batch of single-row upserts
 * costs one round trip per row with this driver (see HistoryWriter).
 */
final class MultiRowUpsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private final String table;
    private final List<String> columns;
    private final List<String> updated;

    MultiRowUpsert(String table, List<String> columns, List<String> updated) {
        this.table = table;
        this.columns = columns;
        this.updated = updated;
    }

    void write(Connection connection, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
                int p = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        statement.setObject(p++, value instanceof Instant i ? LocalDateTime.ofInstant(i, ZoneOffset.UTC) : value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    private String sql(int rows) {
        String placeholders = "(" + String.join(",", columns.stream().map(c -> "?").toList()) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                .append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(placeholders);
        }
        sql.append(" ON DUPLICATE KEY UPDATE ");
        sql.append(String.join(", ", updated.stream().map(c -> c + " = VALUES(" + c + ")").toList()));
        return sql.toString();
    }
}
