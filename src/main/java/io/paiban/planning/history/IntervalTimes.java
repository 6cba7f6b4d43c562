package io.paiban.planning.history;

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
 * Reads interval starts: ISO-8601 with an offset ({@code 2026-11-11T00:00:00+08:00}, {@code ...Z}) is an
 * instant as written; without one ({@code 2026-11-11 00:00}) it is wall time in the queue's site zone.
 */
final class IntervalTimes {

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

    private IntervalTimes() {
    }

    /** @throws IllegalArgumentException with a message for the user */
    static Instant parse(String text, ZoneId zone) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("is empty");
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return resolveLocal(LocalDateTime.parse(value, LOCAL), zone);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 date-time (2026-11-11T08:30:00+08:00 or 2026-11-11 08:30)");
            }
        }
    }

    /** Wall time to instant; a time skipped by a daylight-saving jump does not exist and is refused. */
    static Instant resolveLocal(LocalDateTime local, ZoneId zone) {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
        if (!zoned.toLocalDateTime().equals(local)) {
            throw new IllegalArgumentException("'" + local + "' does not exist in " + zone + " (daylight-saving gap)");
        }
        return zoned.toInstant();
    }

    /** Interval starts sit on the site's local grid (xx:00, xx:15, ...), which also holds for zones with half-hour offsets. */
    static void requireAligned(Instant start, ZoneId zone, int intervalMinutes) {
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        if (local.getSecond() != 0 || local.getNano() != 0 || local.getMinute() % intervalMinutes != 0) {
            throw new DateTimeException(local + " (" + zone + ") is not the start of a " + intervalMinutes + "-minute interval");
        }
    }
}
