package io.paiban.floor.servicelevel.actuals;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed fields of import rows and collects every problem of every row, so one answer lists
 * all bad lines and nothing is written while any is bad. Only the first {@link #CAP} are listed.
 */
final class RowProblems {

    static final int CAP = 100;

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter();

    private final List<Problem.InvalidParam> listed = new ArrayList<>();
    private int count;

    void add(ImportRows.Row row, String field, String message) {
        count++;
        if (listed.size() < CAP) {
            listed.add(Problem.InvalidParam.line(row.line(), row.field(field), message));
        }
    }

    int count() {
        return count;
    }

    void throwIfAny(int rows) {
        if (count > 0) {
            String note = count > listed.size() ? " (first " + listed.size() + " listed)" : "";
            throw ApiException.invalid(count + " problem(s) in " + rows + " row(s)" + note + "; nothing was imported", listed);
        }
    }

    Integer count(ImportRows.Row row, String field, boolean required, String... aliases) {
        String text = first(row, field, aliases);
        if (text == null) {
            if (required) {
                add(row, field, "is required");
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                add(row, field, "must not be negative: " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add(row, field, "'" + text + "' is not a whole number");
            return null;
        }
    }

    Double seconds(ImportRows.Row row, String field) {
        String text = row.get(field);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!(value >= 0) || Double.isInfinite(value)) {
                add(row, field, "must be a non-negative number of seconds: " + text);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add(row, field, "'" + text + "' is not a number");
            return null;
        }
    }

    BigDecimal money(ImportRows.Row row, String field) {
        String text = row.get(field);
        if (text == null) {
            add(row, field, "is required");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.scale() > 2) {
                add(row, field, "must be a non-negative amount with at most 2 decimals: " + text);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add(row, field, "'" + text + "' is not an amount");
            return null;
        }
    }

    /** ISO-8601 with an offset is an instant as written; without one it is wall time in {@code zone}. */
    Instant instant(ImportRows.Row row, String field, ZoneId zone, boolean required, String... aliases) {
        String text = first(row, field, aliases);
        if (text == null) {
            if (required) {
                add(row, field, "is required");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text, LOCAL);
                ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
                if (!zoned.toLocalDateTime().equals(local)) {
                    add(row, field, "'" + text + "' does not exist in " + zone + " (daylight-saving gap)");
                    return null;
                }
                return zoned.toInstant();
            } catch (DateTimeParseException e) {
                add(row, field, "'" + text + "' is not an ISO-8601 date-time (2026-11-11T08:30:00+08:00 or 2026-11-11 08:30)");
                return null;
            }
        }
    }

    LocalDate date(ImportRows.Row row, String field) {
        String text = row.get(field);
        if (text == null) {
            add(row, field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(row, field, "'" + text + "' is not a date (2026-11-11)");
            return null;
        }
    }

    /** Interval starts sit on the site's local grid (xx:00, xx:30, ...). */
    boolean aligned(ImportRows.Row row, String field, Instant start, ZoneId zone, int intervalMinutes) {
        try {
            LocalDateTime local = LocalDateTime.ofInstant(start, zone);
            if (local.getSecond() != 0 || local.getNano() != 0 || local.getMinute() % intervalMinutes != 0) {
                add(row, field, local + " (" + zone + ") is not the start of a " + intervalMinutes + "-minute interval");
                return false;
            }
            return true;
        } catch (DateTimeException e) {
            add(row, field, e.getMessage());
            return false;
        }
    }

    private static String first(ImportRows.Row row, String field, String... aliases) {
        String text = row.get(field);
        for (int i = 0; text == null && i < aliases.length; i++) {
            text = row.get(aliases[i]);
        }
        return text;
    }
}
