package io.paiban.platform.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Times in imported files: ISO-8601 with an offset ({@code 2026-11-11T08:30:00+08:00}, {@code ...Z}) is an
 * instant as written; without one ({@code 2026-11-11 08:30} or {@code 2026-11-11T08:30}) it is wall time in
 * the zone of the row's site. Errors are {@link IllegalArgumentException}s with a message for the user.
 */
public final class ImportTimes {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .toFormatter();

    private ImportTimes() {
    }

    /** With an offset: that instant. Without: wall time in {@code zone}; a null zone requires the offset. */
    public static Instant parse(String text, ZoneId zone) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("is required");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            if (zone == null) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 date-time with an offset, e.g. 2026-03-10T08:29:40+08:00");
            }
            try {
                return resolveLocal(LocalDateTime.parse(value, LOCAL), zone);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 date-time (2026-11-11T08:30:00+08:00 or 2026-11-11 08:30)");
            }
        }
    }

    /** Wall time to instant; a time skipped by a daylight-saving jump does not exist and is refused. */
    public static Instant resolveLocal(LocalDateTime local, ZoneId zone) {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
        if (!zoned.toLocalDateTime().equals(local)) {
            throw new IllegalArgumentException("'" + local + "' does not exist in " + zone + " (daylight-saving gap)");
        }
        return zoned.toInstant();
    }

    /** Interval starts sit on the site's local grid (xx:00, xx:15, ...), which also holds for zones with half-hour offsets. */
    public static void requireAligned(Instant start, ZoneId zone, int intervalMinutes) {
        LocalDateTime local;
        try {
            local = LocalDateTime.ofInstant(start, zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (local.getSecond() != 0 || local.getNano() != 0 || local.getMinute() % intervalMinutes != 0) {
            throw new IllegalArgumentException(local + " (" + zone + ") is not the start of a " + intervalMinutes + "-minute interval");
        }
    }
}
