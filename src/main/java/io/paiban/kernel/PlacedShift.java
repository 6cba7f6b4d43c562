package io.paiban.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A shift's wall times placed on the site-local day it starts, as real instants of the site's zone. An end at or
 * before the start is on the next day (night 17:30-01:00): the shift still belongs to its start day. The start
 * and end are the wall times of their own days, so a clock change in between makes the shift an hour shorter or
 * longer; breaks are placed by elapsed minutes from the real start, so a clock change moves a break's wall time,
 * not its place in the shift.
 */
public record PlacedShift(LocalDate workDate, ZonedDateTime start, ZonedDateTime end, List<PlacedBreak> breaks) {

    /** A break as a shift template holds it: minutes after the start, length, paid or not. */
    public record BreakOffset(int offsetMinutes, int minutes, boolean paid) {
    }

    /**
     * A block off the queues placed in the shift: a template break, or an activity (placed break or lunch, meeting,
     * briefing, handover, coaching, training) when the roster's activities were planned.
     */
    public record PlacedBreak(ZonedDateTime start, ZonedDateTime end, boolean paid, ActivityKind kind) {

        public PlacedBreak(ZonedDateTime start, ZonedDateTime end, boolean paid) {
            this(start, end, paid, ActivityKind.BREAK);
        }

        public Instant startsAt() {
            return start.toInstant();
        }

        public Instant endsAt() {
            return end.toInstant();
        }
    }

    public PlacedShift {
        breaks = List.copyOf(breaks);
    }

    public static PlacedShift place(LocalDate workDate, LocalTime start, LocalTime end, List<BreakOffset> breaks, ZoneId zone) {
        ZonedDateTime from = workDate.atTime(start).atZone(zone);
        ZonedDateTime to = (end.isAfter(start) ? workDate : workDate.plusDays(1)).atTime(end).atZone(zone);
        List<PlacedBreak> placed = new ArrayList<>();
        for (BreakOffset b : breaks) {
            ZonedDateTime breakStart = from.plusMinutes(b.offsetMinutes());
            placed.add(new PlacedBreak(breakStart, breakStart.plusMinutes(b.minutes()), b.paid()));
        }
        return new PlacedShift(workDate, from, to, placed);
    }

    public Instant startsAt() {
        return start.toInstant();
    }

    public Instant endsAt() {
        return end.toInstant();
    }

    /** Night work of the shift (see {@link NightWork}): its night minutes less those of its breaks inside it. */
    public int nightMinutes() {
        int minutes = NightWork.minutes(start, end);
        for (PlacedBreak b : breaks) {
            ZonedDateTime from = b.start().isAfter(start) ? b.start() : start;
            ZonedDateTime to = b.end().isBefore(end) ? b.end() : end;
            minutes -= NightWork.minutes(from, to);
        }
        return Math.max(0, minutes);
    }

    public boolean isNight() {
        return NightWork.isNightShift(nightMinutes());
    }

    /** Whether the instant is inside the shift: [start, end). */
    public boolean covers(Instant t) {
        return !t.isBefore(startsAt()) && t.isBefore(endsAt());
    }

    public boolean onBreakAt(Instant t) {
        return breaks.stream().anyMatch(b -> !t.isBefore(b.startsAt()) && t.isBefore(b.endsAt()));
    }
}
