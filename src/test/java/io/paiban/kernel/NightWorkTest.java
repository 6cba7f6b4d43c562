package io.paiban.kernel;

import io.paiban.kernel.PlacedShift.BreakOffset;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NightWorkTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    static PlacedShift shift(LocalDate date, String start, String end, int breakOffset, int breakMinutes, ZoneId zone) {
        return PlacedShift.place(date, LocalTime.parse(start), LocalTime.parse(end), List.of(new BreakOffset(breakOffset, breakMinutes, false)),
                zone);
    }

    @Test
    void theSeededTemplatesHaveTheNightMinutesTheSolverPrices() {
        assertEquals(180, shift(MONDAY, "17:30", "01:00", 210, 30, SHANGHAI).nightMinutes(), "NIGHT: 22:00-01:00");
        assertEquals(330, shift(MONDAY, "20:00", "04:00", 390, 30, SHANGHAI).nightMinutes(), "PEAK_LATE: 22:00-04:00 less the 02:30 break");
        assertEquals(0, shift(MONDAY, "12:00", "21:00", 240, 60, SHANGHAI).nightMinutes(), "PEAK_MID ends before 22:00");
        assertEquals(0, shift(MONDAY, "08:30", "17:30", 210, 60, SHANGHAI).nightMinutes());
        assertTrue(shift(MONDAY, "17:30", "01:00", 210, 30, SHANGHAI).isNight());
        assertFalse(shift(MONDAY, "12:00", "21:00", 240, 60, SHANGHAI).isNight());
    }

    @Test
    void theWindowIsTwentyTwoToSixAndItsEdgesAreNotNight() {
        assertFalse(NightWork.isNightShift(LocalTime.of(17, 30), LocalTime.of(22, 0)), "ending at 22:00 works no night minute");
        assertTrue(NightWork.isNightShift(LocalTime.of(17, 30), LocalTime.of(22, 1)));
        assertFalse(NightWork.isNightShift(LocalTime.of(6, 0), LocalTime.of(14, 0)), "starting at 06:00 works no night minute");
        assertTrue(NightWork.isNightShift(LocalTime.of(5, 0), LocalTime.of(9, 0)));
        assertFalse(NightWork.isNightShift(LocalTime.of(17, 30), LocalTime.of(21, 0)), "an evening call-in is not night work");
        ZonedDateTime evening = MONDAY.atTime(21, 0).atZone(SHANGHAI);
        assertEquals(60, NightWork.minutesUntilNight(evening));
        assertEquals(0, NightWork.minutesUntilNight(evening.plusMinutes(90)));
        assertEquals(0, NightWork.minutesUntilNight(MONDAY.atTime(5, 59).atZone(SHANGHAI)));
        assertEquals(16 * 60, NightWork.minutesUntilNight(MONDAY.atTime(6, 0).atZone(SHANGHAI)));
        // the night starting on Monday, and the end of Sunday's night on Monday morning
        assertEquals(8 * 60, NightWork.minutes(NightWork.startOn(MONDAY, SHANGHAI), NightWork.endAfter(MONDAY, SHANGHAI)));
        assertEquals(6 * 60, NightWork.minutes(MONDAY.atStartOfDay(SHANGHAI), MONDAY.atTime(12, 0).atZone(SHANGHAI)));
    }

    @Test
    void aClockChangeMakesTheNightAndTheShiftAnHourShorterOrLonger() {
        // Europe/Berlin springs forward at 02:00 on 2026-03-29 and falls back at 03:00 on 2026-10-25
        PlacedShift spring = shift(LocalDate.of(2026, 3, 28), "20:00", "04:00", 390, 30, BERLIN);
        assertEquals(Duration.ofHours(7), Duration.between(spring.start(), spring.end()));
        assertEquals(ZonedDateTime.parse("2026-03-29T04:00+02:00[Europe/Berlin]"), spring.end());
        assertEquals(ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Berlin]"), spring.breaks().get(0).start(),
                "the break is 6.5 elapsed hours after the start");
        assertEquals(300 - 30, spring.nightMinutes());
        PlacedShift autumn = shift(LocalDate.of(2026, 10, 24), "20:00", "04:00", 390, 30, BERLIN);
        assertEquals(Duration.ofHours(9), Duration.between(autumn.start(), autumn.end()));
        assertEquals(420 - 30, autumn.nightMinutes());
        assertEquals(LocalDate.of(2026, 10, 24), autumn.workDate(), "a shift belongs to the day it starts");
    }

    @Test
    void aBreakOutsideTheShiftTakesNoNightMinute() {
        PlacedShift late = shift(MONDAY, "20:00", "23:00", 240, 30, SHANGHAI);
        assertEquals(60, late.nightMinutes(), "22:00-23:00; the break at 00:00 is after the end");
    }
}
