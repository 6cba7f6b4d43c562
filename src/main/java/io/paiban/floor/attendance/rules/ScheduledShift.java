package io.paiban.floor.attendance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A published shift as instants: it belongs to {@code workDate} (the site-local day it starts) even when
 * it ends after midnight. Breaks are the template's breaks placed from the start.
 */
public record ScheduledShift(LocalDate workDate, Instant start, Instant end, List<Span> breaks) {

    /** A break placed {@code offsetMinutes} after the shift start. */
    public record BreakPlacement(int offsetMinutes, int durationMinutes) {
    }

    /**
     * Wall times of a template on a site-local date: an end at or before the start falls on the next day.
     * Breaks are offsets of elapsed time from the real start, so a zone's clock change moves the wall time, not the break.
     */
    public static ScheduledShift of(LocalDate workDate, LocalTime start, LocalTime end, List<BreakPlacement> breaks, ZoneId zone) {
        Instant from = ZonedDateTime.of(workDate, start, zone).toInstant();
        Instant to = ZonedDateTime.of(end.isAfter(start) ? workDate : workDate.plusDays(1), end, zone).toInstant();
        List<Span> placed = breaks.stream()
                .map(b -> new Span(from.plusSeconds(b.offsetMinutes() * 60L), from.plusSeconds((b.offsetMinutes() + b.durationMinutes()) * 60L)))
                .toList();
        return new ScheduledShift(workDate, from, to, placed);
    }

    public Span span() {
        return new Span(start, end);
    }
}
