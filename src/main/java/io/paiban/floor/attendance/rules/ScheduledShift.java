package io.paiban.floor.attendance.rules;

import io.paiban.kernel.PlacedShift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
        PlacedShift placed = PlacedShift.place(workDate, start, end,
                breaks.stream().map(b -> new PlacedShift.BreakOffset(b.offsetMinutes(), b.durationMinutes(), false)).toList(), zone);
        return new ScheduledShift(workDate, placed.startsAt(), placed.endsAt(),
                placed.breaks().stream().map(b -> new Span(b.startsAt(), b.endsAt())).toList());
    }

    public Span span() {
        return new Span(start, end);
    }
}
