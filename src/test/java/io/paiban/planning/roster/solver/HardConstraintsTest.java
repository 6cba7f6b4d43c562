package io.paiban.planning.roster.solver;

import io.paiban.kernel.AgentStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.paiban.planning.roster.solver.RosterFixture.*;

/** Minutes below: day d starts at d*1440; DAY 08:30-17:30, NIGHT 17:30-01:00, PEAK_MID 12:00-21:00, PEAK_LATE 20:00-04:00. */
class HardConstraintsTest {

    @Nested
    class ActiveAgentCertifiedForQueue {

        @Test
        void traineeOnAQueueIsPenalized() {
            RosterAgent trainee = agent("T").status(AgentStatus.TRAINEE).build();
            VERIFIER.verifyThat(RosterConstraintProvider::activeAgentCertifiedForQueue)
                    .given(day(trainee, 0, "DAY")).penalizesBy(1);
        }

        @Test
        void activeCertifiedAgentIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::activeAgentCertifiedForQueue)
                    .given(day(agent(), 0, "DAY"), off(agent(), 1)).penalizesBy(0);
        }

        @Test
        void activeAgentOnAQueueHeIsNotCertifiedForIsPenalized() {
            RosterAgent chatOnly = agent("C").certifiedFor(Set.of(CHAT.getId())).build();
            VERIFIER.verifyThat(RosterConstraintProvider::activeAgentCertifiedForQueue)
                    .given(day(chatOnly, 0, CATALOG.duty(0, "DAY", CHAT)), day(chatOnly, 1, CATALOG.duty(1, "DAY", PHONE)))
                    .penalizesBy(1);
        }

        @Test
        void certificationLapsedByMissedTrainingCountsFromTheDeadlineOn() {
            // deadline = day 1: day 0 still allowed (boundary), day 1 and day 2 not
            RosterAgent untrained = agent("U").certificationLapses(java.util.Map.of(CHAT.getId(), HORIZON.date(1))).build();
            VERIFIER.verifyThat(RosterConstraintProvider::activeAgentCertifiedForQueue)
                    .given(day(untrained, 0, CATALOG.duty(0, "DAY", CHAT)), day(untrained, 1, CATALOG.duty(1, "DAY", CHAT)),
                            day(untrained, 2, CATALOG.duty(2, "DAY", CHAT)), day(untrained, 3, CATALOG.duty(3, "DAY", PHONE)))
                    .penalizesBy(2);
        }

        @Test
        void dutyCatalogDropsTheLapsedQueueFromTheDeadline() {
            RosterAgent untrained = agent("U").certificationLapses(java.util.Map.of(CHAT.getId(), HORIZON.date(1))).build();
            org.junit.jupiter.api.Assertions.assertTrue(CATALOG.dutiesFor(untrained, 0).stream().anyMatch(d -> d.getQueue() == CHAT));
            org.junit.jupiter.api.Assertions.assertTrue(CATALOG.dutiesFor(untrained, 1).stream().noneMatch(d -> d.getQueue() == CHAT));
            org.junit.jupiter.api.Assertions.assertTrue(CATALOG.dutiesFor(untrained, 1).stream().anyMatch(d -> d.getQueue() == PHONE));
        }
    }

    @Nested
    class ApprovedLeaveRespected {

        @Test
        void shiftOnADayOfLeaveCostsItsPaidMinutes() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::approvedLeaveRespected)
                    .given(day(a, 1, "DAY"), Unavailability.wholeDay(a, HORIZON.date(1))).penalizesBy(480);
        }

        @Test
        void nightShiftOfTheDayBeforeBelongsToThatDay() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::approvedLeaveRespected)
                    .given(day(a, 0, "NIGHT"), Unavailability.wholeDay(a, HORIZON.date(1))).penalizesBy(0);
        }

        @Test
        void partialLeaveCostsTheOverlapAndEndsExactlyAtShiftStartWithout() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::approvedLeaveRespected)
                    .given(day(a, 0, "DAY"), Unavailability.range(a, 720, 840)).penalizesBy(120);
            VERIFIER.verifyThat(RosterConstraintProvider::approvedLeaveRespected)
                    .given(day(a, 0, "DAY"), Unavailability.range(a, 0, 510)).penalizesBy(0);
        }

        @Test
        void anotherAgentsLeaveDoesNotMatter() {
            RosterAgent a = agent();
            RosterAgent b = agent("B").build();
            VERIFIER.verifyThat(RosterConstraintProvider::approvedLeaveRespected)
                    .given(day(a, 1, "DAY"), Unavailability.wholeDay(b, HORIZON.date(1))).penalizesBy(0);
        }
    }

    @Nested
    class MinimumRestBetweenShifts {

        @Test
        void dayShiftRightAfterANightShiftMissesRest() {
            RosterAgent a = agent();
            // night ends 01:00, day starts 08:30: 450 min rest, 150 short of 10 h
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestBetweenShifts)
                    .given(day(a, 0, "NIGHT"), day(a, 1, "DAY")).penalizesBy(150);
        }

        @Test
        void dayThenNightHasAFullDayOfRest() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestBetweenShifts)
                    .given(day(a, 0, "DAY"), day(a, 1, "NIGHT"), day(a, 2, "NIGHT")).penalizesBy(0);
        }

        @Test
        void restOfExactlyTheMinimumIsEnough() {
            RosterAgent exact = agent("E").rules(new WorkRules(450, 6, 20)).build();
            RosterAgent oneMore = agent("M").rules(new WorkRules(451, 6, 20)).build();
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestBetweenShifts)
                    .given(day(exact, 0, "NIGHT"), day(exact, 1, "DAY")).penalizesBy(0);
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestBetweenShifts)
                    .given(day(oneMore, 0, "NIGHT"), day(oneMore, 1, "DAY")).penalizesBy(1);
        }

        @Test
        void weekBoundaryInsideTheHorizonCounts() {
            RosterAgent a = agent();
            // Sunday (day 6) night into Monday (day 7) day shift
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestBetweenShifts)
                    .given(day(a, 6, "NIGHT"), day(a, 7, "DAY")).penalizesBy(150);
        }
    }

    @Nested
    class MinimumRestAfterPreviousRoster {

        private RosterAgent lastShiftEndedAt(int minute) {
            return agent("H").history(new AgentHistory(1, minute, Set.of())).build();
        }

        @Test
        void sundayNightBeforeTheHorizonBlocksAMondayDayShift() {
            // last week's Sunday night shift ended Monday 01:00 = minute 60
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestAfterPreviousRoster)
                    .given(day(lastShiftEndedAt(60), 0, "DAY")).penalizesBy(150);
        }

        @Test
        void mondayNightShiftAfterSundayNightIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestAfterPreviousRoster)
                    .given(day(lastShiftEndedAt(60), 0, "NIGHT")).penalizesBy(0);
        }

        @Test
        void restOfExactlyTenHoursIsEnough() {
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestAfterPreviousRoster)
                    .given(day(lastShiftEndedAt(510 - 600), 0, "DAY")).penalizesBy(0);
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestAfterPreviousRoster)
                    .given(day(lastShiftEndedAt(510 - 599), 0, "DAY")).penalizesBy(1);
        }

        @Test
        void noKnownLastShiftMeansNoLimit() {
            VERIFIER.verifyThat(RosterConstraintProvider::minimumRestAfterPreviousRoster)
                    .given(day(agent(), 0, "DAY")).penalizesBy(0);
        }
    }

    @Nested
    class AtMostSixConsecutiveWorkingDays {

        private RosterAgent workedBefore(int days) {
            return agent("H").history(new AgentHistory(days, null, Set.of())).build();
        }

        @Test
        void seventhDayInARowIsPenalized() {
            VERIFIER.verifyThat(RosterConstraintProvider::atMostSixConsecutiveWorkingDays)
                    .given((Object[]) days(agent(), 0, 6, "DAY")).penalizesBy(1);
        }

        @Test
        void sixDaysInARowAreAllowed() {
            VERIFIER.verifyThat(RosterConstraintProvider::atMostSixConsecutiveWorkingDays)
                    .given((Object[]) days(agent(), 0, 5, "DAY")).penalizesBy(0);
        }

        @Test
        void historyBeforeTheHorizonCountsAtTheWeekBoundary() {
            // three days worked before Monday plus Monday to Thursday: seven in a row
            VERIFIER.verifyThat(RosterConstraintProvider::atMostSixConsecutiveWorkingDays)
                    .given((Object[]) days(workedBefore(3), 0, 3, "DAY")).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::atMostSixConsecutiveWorkingDays)
                    .given((Object[]) days(workedBefore(2), 0, 3, "DAY")).penalizesBy(0);
        }

        @Test
        void historyOnlyCountsWhenTheFirstDayIsWorked() {
            RosterAgent a = workedBefore(5);
            VERIFIER.verifyThat(RosterConstraintProvider::atMostSixConsecutiveWorkingDays)
                    .given(off(a, 0), day(a, 1, "DAY"), day(a, 2, "DAY"), day(a, 3, "DAY")).penalizesBy(0);
        }

        @Test
        void stretchAcrossTwoPlannedWeeksIsSeen() {
            // Friday to next Thursday: each calendar week has days off, yet seven days in a row
            VERIFIER.verifyThat(RosterConstraintProvider::atMostSixConsecutiveWorkingDays)
                    .given((Object[]) days(agent(), 4, 10, "DAY")).penalizesBy(1);
        }
    }

    @Nested
    class DayOffEveryCalendarWeek {

        @Test
        void fullWeekWithoutRestIsPenalized() {
            VERIFIER.verifyThat(RosterConstraintProvider::dayOffEveryCalendarWeek)
                    .given((Object[]) days(agent(), 0, 6, "DAY")).penalizesBy(1);
        }

        @Test
        void sixDaysAndOneOffIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::dayOffEveryCalendarWeek)
                    .given((Object[]) days(agent(), 0, 5, "DAY")).penalizesBy(0);
        }

        @Test
        void sevenDaysAcrossTwoCalendarWeeksAreNotThisRule() {
            RosterAgent longStretches = agent("P").rules(new WorkRules(600, 10, 20)).build();
            VERIFIER.verifyThat(RosterConstraintProvider::dayOffEveryCalendarWeek)
                    .given((Object[]) days(longStretches, 3, 9, "DAY")).penalizesBy(0);
        }
    }

    @Nested
    class ContractHoursPerWeek {

        private final RosterAgent fortyHours = agent("F").contractMinutesPerWeek(40 * 60).build();

        @Test
        void sixDayShiftsExceedAFortyHourContractByEightHours() {
            VERIFIER.verifyThat(RosterConstraintProvider::contractHoursPerWeek)
                    .given((Object[]) days(fortyHours, 0, 5, "DAY")).penalizesBy(480);
        }

        @Test
        void fiveDayShiftsFillAFortyHourContractExactly() {
            VERIFIER.verifyThat(RosterConstraintProvider::contractHoursPerWeek)
                    .given((Object[]) days(fortyHours, 0, 4, "DAY")).penalizesBy(0);
        }

        @Test
        void eachCalendarWeekHasItsOwnLimit() {
            // Wednesday to next Tuesday: 5 shifts in week one and 2 in week two
            VERIFIER.verifyThat(RosterConstraintProvider::contractHoursPerWeek)
                    .given((Object[]) days(fortyHours, 2, 8, "DAY")).penalizesBy(0);
        }
    }

    @Nested
    class NightShiftOnlyForEligibleAgents {

        private final RosterAgent dayOnly = agent("D").nightEligible(false).build();

        @Test
        void nightShiftOfAnIneligibleAgentIsPenalized() {
            VERIFIER.verifyThat(RosterConstraintProvider::nightShiftOnlyForEligibleAgents)
                    .given(day(dayOnly, 0, "NIGHT"), day(dayOnly, 2, "PEAK_LATE")).penalizesBy(2);
        }

        @Test
        void eligibleAgentMayWorkNights() {
            VERIFIER.verifyThat(RosterConstraintProvider::nightShiftOnlyForEligibleAgents)
                    .given(day(agent(), 0, "NIGHT")).penalizesBy(0);
        }

        @Test
        void peakShiftEndingAtNineIsNoNightShift() {
            VERIFIER.verifyThat(RosterConstraintProvider::nightShiftOnlyForEligibleAgents)
                    .given(day(dayOnly, 0, "PEAK_MID")).penalizesBy(0);
        }
    }

    @Nested
    class FlexPoolAgentOnlyOnOfferedDays {

        private final RosterAgent flex = agent("X").flexPool(Set.of(HORIZON.date(0))).build();

        @Test
        void shiftOnADayNotOfferedIsPenalized() {
            VERIFIER.verifyThat(RosterConstraintProvider::flexPoolAgentOnlyOnOfferedDays)
                    .given(day(flex, 1, "DAY")).penalizesBy(1);
        }

        @Test
        void shiftOnAnOfferedDayIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::flexPoolAgentOnlyOnOfferedDays)
                    .given(day(flex, 0, "DAY"), day(agent(), 1, "DAY")).penalizesBy(0);
        }

        @Test
        void nightShiftRunningIntoTheNextDayBelongsToTheOfferedDay() {
            VERIFIER.verifyThat(RosterConstraintProvider::flexPoolAgentOnlyOnOfferedDays)
                    .given(day(flex, 0, "NIGHT")).penalizesBy(0);
        }
    }
}
