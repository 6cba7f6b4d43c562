package io.paiban.attendance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published shift as instants: it belongs to {@code workDate} (the site-local day it starts) even when
 * it ends after midnight. Breaks are the template's breaks placed from the start.
 */
public record ScheduledShift(LocalDate workDate, Instant start, Instant end, List<Span> breaks) {

    public Span span() {
        return new Span(start, end);
    }
}
