package io.paiban.platform.persistence;

import java.util.List;

/**
 * A multi-row {@code INSERT INTO table (columns) VALUES (...), (...), ...}, optionally with an
 * {@code ON DUPLICATE KEY UPDATE} clause, written by {@link BatchWriter} in chunks of {@link #rowsPerStatement()}.
 * Immutable: writers keep theirs as constants.
 */
public final class MultiRowInsert {

    /** A statement may carry at most 65,535 placeholders. */
    private static final int MAX_PLACEHOLDERS = 65_535;
    private static final int DEFAULT_ROWS = 1_000;

    private final String table;
    private final List<String> columns;
    private final String onDuplicate;
    private final int rowsPerStatement;

    private MultiRowInsert(String table, List<String> columns, String onDuplicate, int rowsPerStatement) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an insert needs columns");
        }
        this.table = table;
        this.columns = List.copyOf(columns);
        this.onDuplicate = onDuplicate;
        this.rowsPerStatement = Math.max(1, Math.min(rowsPerStatement, MAX_PLACEHOLDERS / columns.size()));
    }

    public static MultiRowInsert into(String table, String... columns) {
        return new MultiRowInsert(table, List.of(columns), null, DEFAULT_ROWS);
    }

    /** Upsert: a row whose unique key is stored replaces these columns with the new values. */
    public MultiRowInsert updating(String... updated) {
        StringBuilder clause = new StringBuilder();
        for (String column : updated) {
            clause.append(clause.isEmpty() ? "" : ", ").append(column).append(" = VALUES(").append(column).append(')');
        }
        return onDuplicateKeyUpdate(clause.toString());
    }

    /** Upsert with a hand-written clause (assignments run left to right and see the columns already assigned). */
    public MultiRowInsert onDuplicateKeyUpdate(String clause) {
        return new MultiRowInsert(table, columns, clause, rowsPerStatement);
    }

    public MultiRowInsert rowsPerStatement(int rows) {
        return new MultiRowInsert(table, columns, onDuplicate, rows);
    }

    public int rowsPerStatement() {
        return rowsPerStatement;
    }

    public int columnCount() {
        return columns.size();
    }

    /** The statement for {@code rows} rows. */
    public String sql(int rows) {
        String placeholders = "(" + "?,".repeat(columns.size() - 1) + "?)";
        StringBuilder sql = new StringBuilder(64 + rows * (placeholders.length() + 1))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(placeholders);
        }
        if (onDuplicate != null) {
            sql.append(" ON DUPLICATE KEY UPDATE ").append(onDuplicate);
        }
        return sql.toString();
    }
}
