package io.paiban.platform.error;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Time query parameters that accept one set of formats everywhere (history and accuracy endpoints): a date
 * {@code yyyy-MM-dd} (the site-local start of that day), an ISO-8601 date-time with an offset or {@code Z}
 * (that instant), or a local date-time without offset (site time). A value in none of these formats is a
 * 400 naming the parameter and the expected formats, never a bare 404.
 */
public final class QueryParams {

    public static final String FORMATS = "a date yyyy-MM-dd (site-local start of day) or an ISO-8601 date-time "
            + "(2026-11-11T08:00:00+08:00, 2026-11-11T00:00:00Z, or 2026-11-11T08:00 in site time)";

    private QueryParams() {
    }

    /** A parsed time parameter: exactly one of date, local date-time and instant is set. */
    public record Time(String name, LocalDate date, LocalDateTime local, Instant instant) {

        public Instant toInstant(ZoneId zone) {
            if (instant != null) {
                return instant;
            }
            if (local != null) {
                return local.atZone(zone).toInstant();
            }
            return date.atStartOfDay(zone).toInstant();
        }

        /** The site-local day: the date itself, or the local day of the date-time. */
        public LocalDate toLocalDate(ZoneId zone) {
            if (date != null) {
                return date;
            }
            if (local != null) {
                return local.toLocalDate();
            }
            return LocalDate.ofInstant(instant, zone);
        }
    }

    /** Parses a required time parameter. */
    public static Time time(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidField(name, "is required: " + FORMATS);
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return new Time(name, LocalDate.parse(v), null, null);
            }
            try {
                return new Time(name, null, null, OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            } catch (DateTimeParseException noOffset) {
                return new Time(name, null, LocalDateTime.parse(v.replace(' ', 'T')), null);
            }
        } catch (DateTimeException e) {
            throw ApiException.invalidField(name, "'" + value + "' is not " + FORMATS);
        }
    }
}
