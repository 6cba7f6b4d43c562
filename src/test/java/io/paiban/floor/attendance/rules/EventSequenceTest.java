package io.paiban.floor.attendance.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static io.paiban.floor.attendance.rules.EventKind.AWAY_END;
import static io.paiban.floor.attendance.rules.EventKind.AWAY_START;
import static io.paiban.floor.attendance.rules.EventKind.CLOCK_IN;
import static io.paiban.floor.attendance.rules.EventKind.CLOCK_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSequenceTest {

    static final Instant T = Instant.parse("2026-03-10T00:30:00Z");

    static List<ClockEvent> events(EventKind... kinds) {
        return java.util.stream.IntStream.range(0, kinds.length).mapToObj(i -> ClockEvent.of(T.plusSeconds(60L * i), kinds[i])).toList();
    }

    @Test
    void aValidDayPasses() {
        assertTrue(EventSequence.check(EventKind.State.OFF, events(CLOCK_IN, AWAY_START, AWAY_END, CLOCK_OUT)).isEmpty());
        assertTrue(EventSequence.check(EventKind.State.OFF, events(CLOCK_IN, AWAY_START, CLOCK_OUT)).isEmpty(),
                "leaving from the break room ends the away period");
    }

    @Test
    void theFirstBadEventIsNamed() {
        var v = EventSequence.check(EventKind.State.OFF, events(CLOCK_IN, CLOCK_IN)).orElseThrow();
        assertEquals(1, v.index());
        assertTrue(v.message().startsWith("CLOCK_IN while already clocked in"), v.message());
        assertEquals(0, EventSequence.check(EventKind.State.ON, events(CLOCK_IN)).orElseThrow().index(),
                "the state before comes from the last stored event");
        assertTrue(EventSequence.check(EventKind.State.OFF, events(AWAY_END)).isPresent());
    }

    @Test
    void aNightShiftEndsOnTheNextDayAndBelongsToTheDayItStarts() {
        ScheduledShift night = ScheduledShift.of(LocalDate.of(2026, 3, 31), LocalTime.of(17, 30), LocalTime.of(1, 0),
                List.of(new ScheduledShift.BreakPlacement(210, 30)), ZoneId.of("Asia/Shanghai"));
        assertEquals(LocalDate.of(2026, 3, 31), night.workDate());
        assertEquals(Instant.parse("2026-03-31T09:30:00Z"), night.start());
        assertEquals(Instant.parse("2026-03-31T17:00:00Z"), night.end());
        assertEquals(new Span(Instant.parse("2026-03-31T13:00:00Z"), Instant.parse("2026-03-31T13:30:00Z")), night.breaks().get(0));
    }

    @Test
    void aShiftOverAClockChangeLastsItsRealLength() {
        // Europe/Berlin springs forward at 02:00 on 2026-03-29: the 20:00-04:00 shift is 7 real hours
        ScheduledShift s = ScheduledShift.of(LocalDate.of(2026, 3, 28), LocalTime.of(20, 0), LocalTime.of(4, 0), List.of(),
                ZoneId.of("Europe/Berlin"));
        assertEquals(7 * 3600, s.span().seconds());
    }
}
