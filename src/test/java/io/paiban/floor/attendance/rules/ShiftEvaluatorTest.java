package io.paiban.floor.attendance.rules;

import io.paiban.kernel.AbsenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.paiban.floor.attendance.rules.EventKind.AWAY_END;
import static io.paiban.floor.attendance.rules.EventKind.AWAY_START;
import static io.paiban.floor.attendance.rules.EventKind.CLOCK_IN;
import static io.paiban.floor.attendance.rules.EventKind.CLOCK_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShiftEvaluatorTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final AttendancePolicy POLICY = AttendancePolicy.DEFAULTS;

    static Instant at(LocalDate date, String time) {
        return LocalDateTime.of(date, java.time.LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    /** Day shift 08:30-17:30 with the unpaid meal break 12:00-13:00. */
    static ScheduledShift dayShift() {
        return new ScheduledShift(DAY, at(DAY, "08:30"), at(DAY, "17:30"), List.of(new Span(at(DAY, "12:00"), at(DAY, "13:00"))));
    }

    /** Night shift 17:30-01:00 (next day) with its break 21:00-21:30. */
    static ScheduledShift nightShift(LocalDate date) {
        return new ScheduledShift(date, at(date, "17:30"), at(date.plusDays(1), "01:00"),
                List.of(new Span(at(date, "21:00"), at(date, "21:30"))));
    }

    static List<ClockEvent> worked(Instant in, Instant out) {
        return List.of(ClockEvent.of(in, CLOCK_IN), ClockEvent.of(out, CLOCK_OUT));
    }

    static ShiftOutcome day(List<ClockEvent> events) {
        return ShiftEvaluator.evaluate(dayShift(), events, List.of(), POLICY);
    }

    @Test
    void onTimeWithFullAdherence() {
        ShiftOutcome o = day(worked(at(DAY, "08:25"), at(DAY, "17:31")));
        assertEquals(Outcome.ON_TIME, o.outcome());
        assertEquals(8 * 3600, o.scheduledSeconds());
        assertEquals(8 * 3600, o.adherentSeconds());
        assertEquals(1, o.overtimeMinutes());
        assertEquals(BigDecimal.ZERO, o.fine());
        assertEquals(0, o.absences());
    }

    @Test
    void lessThanAMinuteLateIsOnTime() {
        ShiftOutcome o = day(worked(at(DAY, "08:30:59"), at(DAY, "17:30")));
        assertEquals(Outcome.ON_TIME, o.outcome());
        assertEquals(0, o.lateMinutes());
        assertEquals(8 * 3600 - 59, o.adherentSeconds());
    }

    @ParameterizedTest(name = "late {0} min -> {1}")
    @CsvSource({"9, MINOR, 10.00, 0", "10, MINOR, 10.00, 0", "11, MAJOR, 20.00, 0", "29, MAJOR, 20.00, 0",
            "30, MAJOR, 20.00, 0", "31, ABSENCE, 0, 1"})
    void latenessTiers(int minutes, Tier tier, BigDecimal fine, int absences) {
        // 59 seconds on top: minutes are truncated, so 10 min 59 s is still 10 minutes
        ShiftOutcome o = day(worked(at(DAY, "08:30").plusSeconds(minutes * 60L + 59), at(DAY, "17:30")));
        assertEquals(minutes, o.lateMinutes());
        assertEquals(tier, o.lateTier());
        assertEquals(0, fine.compareTo(o.fine()));
        assertEquals(absences, o.absences());
        assertEquals(absences == 1 ? Outcome.ABSENCE : Outcome.LATE, o.outcome());
        assertEquals(tier.isFined() ? 1 : 0, o.tierBreaches());
    }

    @ParameterizedTest(name = "early leave {0} min -> {1}")
    @CsvSource({"9, MINOR, 10.00", "10, MINOR, 10.00", "11, MAJOR, 20.00", "29, MAJOR, 20.00", "30, MAJOR, 20.00", "31, ABSENCE, 0"})
    void earlyLeaveTiers(int minutes, Tier tier, BigDecimal fine) {
        ShiftOutcome o = day(worked(at(DAY, "08:30"), at(DAY, "17:30").minusSeconds(minutes * 60L)));
        assertEquals(minutes, o.earlyMinutes());
        assertEquals(tier, o.earlyTier());
        assertEquals(0, fine.compareTo(o.fine()));
        assertEquals(tier == Tier.ABSENCE ? Outcome.ABSENCE : Outcome.EARLY_LEAVE, o.outcome());
    }

    @Test
    void lateAndEarlyAreTwoBreachesAndTwoFines() {
        ShiftOutcome o = day(worked(at(DAY, "08:35"), at(DAY, "17:10")));
        assertEquals(Outcome.LATE_AND_EARLY, o.outcome());
        assertEquals(2, o.tierBreaches());
        assertEquals(0, new BigDecimal("30.00").compareTo(o.fine()));
    }

    @Test
    void lateAndEarlyBeyondTheLimitIsStillOneAbsence() {
        ShiftOutcome o = day(worked(at(DAY, "09:15"), at(DAY, "16:45")));
        assertEquals(1, o.absences());
    }

    @ParameterizedTest(name = "away {0} min, reported {1}")
    @CsvSource({"9, false, ON_TIME, 0, 0", "10, false, ON_TIME, 0, 0", "11, false, AWAY_VIOLATION, 1, 0", "11, true, ON_TIME, 0, 0",
            "29, false, AWAY_VIOLATION, 1, 0", "30, false, AWAY_VIOLATION, 1, 0", "30, true, ON_TIME, 0, 0",
            "31, false, ABSENCE, 0, 1", "31, true, ABSENCE, 0, 1"})
    void awayLimits(int minutes, boolean reported, Outcome outcome, int unreported, int overLimit) {
        Instant away = at(DAY, "10:00");
        List<ClockEvent> events = List.of(ClockEvent.of(at(DAY, "08:30"), CLOCK_IN), new ClockEvent(away, AWAY_START, reported),
                ClockEvent.of(away.plusSeconds(minutes * 60L), AWAY_END), ClockEvent.of(at(DAY, "17:30"), CLOCK_OUT));
        ShiftOutcome o = day(events);
        assertEquals(outcome, o.outcome());
        assertEquals(unreported, o.awayUnreported());
        assertEquals(overLimit, o.awayOverLimit());
        assertEquals(8 * 3600 - minutes * 60L, o.adherentSeconds());
    }

    @Test
    void awayAcrossTheMealBreakCountsOnlyTheTimeOutsideIt() {
        // 11:50-13:15 is 85 minutes, of which 60 are the break: 25 minutes away, reportable but no absence
        List<ClockEvent> events = List.of(ClockEvent.of(at(DAY, "08:30"), CLOCK_IN), ClockEvent.of(at(DAY, "11:50"), AWAY_START),
                ClockEvent.of(at(DAY, "13:15"), AWAY_END), ClockEvent.of(at(DAY, "17:30"), CLOCK_OUT));
        ShiftOutcome o = day(events);
        assertEquals(1, o.awayUnreported());
        assertEquals(0, o.absences());
        assertEquals(8 * 3600 - 25 * 60, o.adherentSeconds());
    }

    @Test
    void clockingOutForTheBreakIsNotAway() {
        List<ClockEvent> events = new ArrayList<>(worked(at(DAY, "08:30"), at(DAY, "12:00")));
        events.addAll(worked(at(DAY, "13:00"), at(DAY, "17:30")));
        ShiftOutcome o = day(events);
        assertEquals(Outcome.ON_TIME, o.outcome());
        assertEquals(8 * 3600, o.adherentSeconds());
    }

    @Test
    void leavingTheFloorBetweenSessionsCountsAsAway() {
        List<ClockEvent> events = new ArrayList<>(worked(at(DAY, "08:30"), at(DAY, "10:00")));
        events.addAll(worked(at(DAY, "10:40"), at(DAY, "17:30")));
        ShiftOutcome o = day(events);
        assertEquals(1, o.awayOverLimit());
        assertEquals(Outcome.ABSENCE, o.outcome());
    }

    @Test
    void noClockInIsANoShow() {
        ShiftOutcome o = day(List.of());
        assertEquals(Outcome.NO_SHOW, o.outcome());
        assertEquals(1, o.absences());
        assertEquals(8 * 3600, o.scheduledSeconds());
        assertEquals(0, o.adherentSeconds());
    }

    @Test
    void aSessionOfAnotherDayDoesNotCount() {
        ShiftOutcome o = day(worked(at(DAY.minusDays(1), "08:30"), at(DAY.minusDays(1), "17:30")));
        assertEquals(Outcome.NO_SHOW, o.outcome());
    }

    @Test
    void approvedLeaveRecordedADayAheadExcuses() {
        ApprovedAbsence leave = ApprovedAbsence.days(AbsenceKind.LEAVE, DAY, DAY, DAY.minusDays(1));
        ShiftOutcome o = ShiftEvaluator.evaluate(dayShift(), List.of(), List.of(leave), POLICY);
        assertEquals(Outcome.EXCUSED, o.outcome());
        assertEquals(0, o.absences());
        assertEquals(0, o.scheduledSeconds());
    }

    @Test
    void sameDayLeaveDoesNotExcuseButSicknessDoes() {
        ApprovedAbsence leave = ApprovedAbsence.days(AbsenceKind.LEAVE, DAY, DAY, DAY);
        assertEquals(Outcome.NO_SHOW, ShiftEvaluator.evaluate(dayShift(), List.of(), List.of(leave), POLICY).outcome());
        ApprovedAbsence sick = ApprovedAbsence.days(AbsenceKind.SICK, DAY, DAY, DAY.plusDays(2));
        assertEquals(Outcome.EXCUSED, ShiftEvaluator.evaluate(dayShift(), List.of(), List.of(sick), POLICY).outcome());
    }

    @Test
    void approvedPartialLeaveMovesTheDueTime() {
        ApprovedAbsence doctor = ApprovedAbsence.range(AbsenceKind.SICK, new Span(at(DAY, "08:30"), at(DAY, "10:30")), DAY);
        ShiftOutcome o = ShiftEvaluator.evaluate(dayShift(), worked(at(DAY, "10:35"), at(DAY, "17:30")), List.of(doctor), POLICY);
        assertEquals(5, o.lateMinutes());
        assertEquals(Tier.MINOR, o.lateTier());
        assertEquals(6 * 3600, o.scheduledSeconds());
    }

    @Test
    void approvedAwayIsNotAnAbsence() {
        ApprovedAbsence errand = ApprovedAbsence.range(AbsenceKind.UNAVAILABLE, new Span(at(DAY, "14:00"), at(DAY, "15:00")), DAY);
        List<ClockEvent> events = List.of(ClockEvent.of(at(DAY, "08:30"), CLOCK_IN), ClockEvent.of(at(DAY, "14:00"), AWAY_START),
                ClockEvent.of(at(DAY, "15:00"), AWAY_END), ClockEvent.of(at(DAY, "17:30"), CLOCK_OUT));
        ShiftOutcome o = ShiftEvaluator.evaluate(dayShift(), events, List.of(errand), POLICY);
        assertEquals(Outcome.ON_TIME, o.outcome());
        assertEquals(7 * 3600, o.scheduledSeconds());
        assertEquals(7 * 3600, o.adherentSeconds());
    }

    @Test
    void nightShiftPastOneIsOvertimeNotABreach() {
        LocalDate monthEnd = LocalDate.of(2026, 3, 31);
        ScheduledShift night = nightShift(monthEnd);
        ShiftOutcome o = ShiftEvaluator.evaluate(night, worked(at(monthEnd, "17:28"), at(monthEnd.plusDays(1), "01:40")), List.of(), POLICY);
        assertEquals(Outcome.ON_TIME, o.outcome());
        assertEquals(40, o.overtimeMinutes());
        assertEquals(7 * 3600, o.scheduledSeconds());
        assertEquals(7 * 3600, o.adherentSeconds());
    }

    @Test
    void nightShiftLeavingBeforeOneIsEarly() {
        LocalDate monthEnd = LocalDate.of(2026, 3, 31);
        ShiftOutcome o = ShiftEvaluator.evaluate(nightShift(monthEnd),
                worked(at(monthEnd, "17:30"), at(monthEnd.plusDays(1), "00:29")), List.of(), POLICY);
        assertEquals(31, o.earlyMinutes());
        assertEquals(Outcome.ABSENCE, o.outcome());
    }

    @Test
    void missingClockOutIsFlaggedNotPunished() {
        ShiftOutcome o = day(List.of(ClockEvent.of(at(DAY, "08:30"), CLOCK_IN)));
        assertTrue(o.missingClockOut());
        assertNull(o.clockOut());
        assertEquals(Outcome.ON_TIME, o.outcome());
        assertEquals(8 * 3600, o.adherentSeconds());
    }

    @Test
    void sameInputsGiveTheSameOutcome() {
        List<ClockEvent> events = worked(at(DAY, "08:41"), at(DAY, "17:30"));
        assertEquals(day(events), day(events));
    }
}
