package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.PlanInput.Span;
import io.paiban.masterdata.shift.ShiftBreak;
import io.paiban.masterdata.shift.ShiftTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A template worked on a site-local date, as instants (it may end the next day). */
record ShiftTimes(Instant start, Instant end, List<Span> breaks) {

    static ShiftTimes of(ShiftTemplate t, LocalDate date, ZoneId zone) {
        ZonedDateTime start = date.atTime(t.startTime).atZone(zone);
        ZonedDateTime end = (t.crossesMidnight() ? date.plusDays(1) : date).atTime(t.endTime).atZone(zone);
        List<Span> breaks = new ArrayList<>();
        for (ShiftBreak b : t.breaks) {
            ZonedDateTime bs = start.plusMinutes(b.offsetMinutes);
            breaks.add(new Span(bs.toInstant(), bs.plusMinutes(b.durationMinutes).toInstant()));
        }
        return new ShiftTimes(start.toInstant(), end.toInstant(), breaks);
    }

    boolean onBreakAt(Instant t) {
        return breaks.stream().anyMatch(b -> !t.isBefore(b.start()) && t.isBefore(b.end()));
    }

    boolean covers(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
