package io.paiban.planning.roster.solver;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.Set;

import static io.paiban.planning.roster.solver.RosterFixture.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Day 0 is Monday 2026-11-23; days 5 and 6 are the weekend. */
class SoftConstraintsTest {

    @Nested
    class LabourCost {

        @Test
        void dayShiftCostsPaidHoursAtTheHourlyRate() {
            // 8 paid hours at 25.00 yuan
            VERIFIER.verifyThat(RosterConstraintProvider::labourCost)
                    .given(day(agent(), 0, "DAY")).penalizesBy(20_000);
        }

        @Test
        void nightMinutesCarryThePremiumAndFlexCostsMore() {
            // NIGHT: 420 paid minutes + 20% of 180 minutes after 22:00 = 456 minutes at 25.00 yuan/h
            VERIFIER.verifyThat(RosterConstraintProvider::labourCost)
                    .given(day(agent(), 0, "NIGHT")).penalizesBy(19_000);
            RosterAgent flex = agent("X").flexPool(Set.of(HORIZON.date(0))).hourlyCostFen(3_600).build();
            VERIFIER.verifyThat(RosterConstraintProvider::labourCost)
                    .given(day(flex, 0, "DAY")).penalizesBy(28_800);
        }

        @Test
        void dayOffCostsNothing() {
            VERIFIER.verifyThat(RosterConstraintProvider::labourCost)
                    .given(off(agent(), 0)).penalizesBy(0);
        }
    }

    @Nested
    class PeakTemplatePremium {

        @Test
        void peakShiftsCostTheirPaidMinutes() {
            VERIFIER.verifyThat(RosterConstraintProvider::peakTemplatePremium)
                    .given(day(agent(), 0, "PEAK_MID"), day(agent("B").build(), 0, "PEAK_LATE")).penalizesBy(480 + 450);
        }

        @Test
        void standardShiftsAndDaysOffCostNothing() {
            VERIFIER.verifyThat(RosterConstraintProvider::peakTemplatePremium)
                    .given(day(agent(), 0, "DAY"), day(agent("B").build(), 0, "NIGHT"), off(agent("C").build(), 0)).penalizesBy(0);
        }
    }

    @Nested
    class PaidTimeOutsideOpeningHours {

        /** An email queue open 09:00-21:00 every day of the fixture's horizon. */
        private final RosterQueue email = new RosterQueue("EMAIL", io.paiban.kernel.Channel.EMAIL, open(9 * 60, 21 * 60));
        private final DutyCatalog catalog = new DutyCatalog(HORIZON, ShiftTemplateSpec.defaults(), java.util.List.of(email), java.util.Map.of());
        private final RosterAgent agent = RosterAgent.builder("E").certifiedFor(Set.of("EMAIL")).build();

        private boolean[] open(int from, int to) {
            boolean[] open = new boolean[HORIZON.intervalCount()];
            for (int i = 0; i < open.length; i++) {
                int minuteOfDay = (i * 30) % (24 * 60);
                open[i] = minuteOfDay >= from && minuteOfDay < to;
            }
            return open;
        }

        private AgentDay on(String template) {
            AgentDay day = new AgentDay(agent, 0, HORIZON.date(0), 0, catalog.dutiesFor(agent, 0));
            day.setDuty(catalog.duty(0, template, email));
            return day;
        }

        @Test
        void theHalfHourBeforeTheQueueOpensIsPaidForNothing() {
            // DAY 08:30-17:30: 08:30-09:00 on a queue opening at 09:00
            VERIFIER.verifyThat(RosterConstraintProvider::paidTimeOutsideOpeningHours).given(on("DAY")).penalizesBy(30);
        }

        @Test
        void aShiftInsideOpeningHoursCostsNothing() {
            // PEAK_MID 12:00-21:00 closes with the queue
            VERIFIER.verifyThat(RosterConstraintProvider::paidTimeOutsideOpeningHours).given(on("PEAK_MID")).penalizesBy(0);
        }

        @Test
        void aShiftMostlyOutsideTheQueuesHoursIsNeverOffered() {
            // PEAK_LATE 20:00-04:00 on a queue closing at 21:00: on duty 7 of 7.5 paid hours while it is closed
            assertTrue(catalog.dutiesFor(agent, 0).stream().noneMatch(d -> d.getShift().getTemplateCode().equals("PEAK_LATE")));
            // NIGHT 17:30-01:00 is half open (17:30-21:00), so it stays an option, at its cost
            AgentDay night = on("NIGHT");
            assertTrue(night.getDutyOptions().contains(night.getDuty()));
            VERIFIER.verifyThat(RosterConstraintProvider::paidTimeOutsideOpeningHours).given(night).penalizesBy(210);
        }
    }

    @Nested
    class FairSpreadOfNightShifts {

        @Test
        void nightsPiledOnOneAgentCostTheirSquare() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::fairSpreadOfNightShifts)
                    .given(day(a, 0, "NIGHT"), day(a, 1, "NIGHT"), day(a, 2, "PEAK_LATE")).penalizesBy(9);
        }

        @Test
        void nightsSpreadOverAgentsCostLess() {
            RosterAgent b = agent("B").build();
            RosterAgent c = agent("C").build();
            VERIFIER.verifyThat(RosterConstraintProvider::fairSpreadOfNightShifts)
                    .given(day(agent(), 0, "NIGHT"), day(b, 1, "NIGHT"), day(c, 2, "NIGHT")).penalizesBy(3);
        }

        @Test
        void dayShiftsAreNotCounted() {
            VERIFIER.verifyThat(RosterConstraintProvider::fairSpreadOfNightShifts)
                    .given(day(agent(), 0, "DAY"), day(agent(), 1, "PEAK_MID")).penalizesBy(0);
        }
    }

    @Nested
    class FairSpreadOfWeekendWork {

        @Test
        void bothWeekendDaysOnOneAgentCostFour() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::fairSpreadOfWeekendWork)
                    .given(day(a, 5, "DAY"), day(a, 6, "DAY")).penalizesBy(4);
        }

        @Test
        void oneWeekendDayEachCostsTwo() {
            VERIFIER.verifyThat(RosterConstraintProvider::fairSpreadOfWeekendWork)
                    .given(day(agent(), 5, "DAY"), day(agent("B").build(), 6, "DAY")).penalizesBy(2);
        }

        @Test
        void fridayIsNoWeekend() {
            VERIFIER.verifyThat(RosterConstraintProvider::fairSpreadOfWeekendWork)
                    .given(day(agent(), 4, "NIGHT")).penalizesBy(0);
        }
    }

    @Nested
    class RestDayRotation {

        private final RosterAgent restedLastMonday = agent("H")
                .history(new AgentHistory(0, null, Set.of(MONDAY.minusDays(7)))).build();

        @Test
        void sameRestWeekdayAsInTheHistoryWeekIsPenalized() {
            VERIFIER.verifyThat(RosterConstraintProvider::restDayRotation)
                    .given(off(restedLastMonday, 0), day(restedLastMonday, 1, "DAY")).penalizesBy(1);
        }

        @Test
        void rotatedRestDayIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::restDayRotation)
                    .given(day(restedLastMonday, 0, "DAY"), off(restedLastMonday, 1)).penalizesBy(0);
        }

        @Test
        void repeatInsideTheHorizonCountsAndFlexPoolIsExempt() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::restDayRotation)
                    .given(off(a, 2), off(a, 9), off(a, 10)).penalizesBy(1);
            RosterAgent flex = agent("X").flexPool(Set.of()).history(restedLastMonday.getHistory()).build();
            VERIFIER.verifyThat(RosterConstraintProvider::restDayRotation)
                    .given(off(flex, 0), off(flex, 7)).penalizesBy(0);
        }
    }

    @Nested
    class UndesiredDayOrShift {

        private final RosterAgent a = agent();

        @Test
        void workingAnUndesiredDayCostsTheWishWeight() {
            AgentPreference noSundays = new AgentPreference(a, null, DayOfWeek.SUNDAY, null, false, 2);
            VERIFIER.verifyThat(RosterConstraintProvider::undesiredDayOrShift)
                    .given(day(a, 6, "DAY"), day(a, 13, "NIGHT"), noSundays).penalizesBy(4);
        }

        @Test
        void restingOnTheUndesiredDayIsFine() {
            AgentPreference noSundays = new AgentPreference(a, null, DayOfWeek.SUNDAY, null, false, 2);
            VERIFIER.verifyThat(RosterConstraintProvider::undesiredDayOrShift)
                    .given(off(a, 6), day(a, 5, "DAY"), noSundays).penalizesBy(0);
        }

        @Test
        void undesiredTemplateOnlyHitsThatTemplate() {
            AgentPreference noNights = new AgentPreference(a, null, null, "NIGHT", false, 1);
            VERIFIER.verifyThat(RosterConstraintProvider::undesiredDayOrShift)
                    .given(day(a, 0, "DAY"), day(a, 2, "NIGHT"), noNights).penalizesBy(1);
        }
    }

    @Nested
    class DesiredDayOrShiftNotGranted {

        private final RosterAgent a = agent();
        private final AgentPreference dayShiftOnThursday = new AgentPreference(a, HORIZON.date(3), null, "DAY", true, 1);

        @Test
        void offOrAnotherShiftOnTheDesiredDayIsPenalized() {
            VERIFIER.verifyThat(RosterConstraintProvider::desiredDayOrShiftNotGranted)
                    .given(off(a, 3), dayShiftOnThursday).penalizesBy(1);
            VERIFIER.verifyThat(RosterConstraintProvider::desiredDayOrShiftNotGranted)
                    .given(day(a, 3, "NIGHT"), dayShiftOnThursday).penalizesBy(1);
        }

        @Test
        void grantedWishIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::desiredDayOrShiftNotGranted)
                    .given(day(a, 3, "DAY"), off(a, 4), dayShiftOnThursday).penalizesBy(0);
        }

        @Test
        void desiredTemplateWithoutADayOnlyJudgesWorkingDays() {
            AgentPreference prefersNights = new AgentPreference(a, null, null, "NIGHT", true, 1);
            VERIFIER.verifyThat(RosterConstraintProvider::desiredDayOrShiftNotGranted)
                    .given(off(a, 0), day(a, 1, "NIGHT"), day(a, 2, "DAY"), prefersNights).penalizesBy(1);
        }
    }

    @Nested
    class SameShiftStartThroughStretch {

        @Test
        void flippingFromDayToNightCostsTheStartDifference() {
            RosterAgent a = agent();
            // 08:30 to 17:30 is 540 minutes
            VERIFIER.verifyThat(RosterConstraintProvider::sameShiftStartThroughStretch)
                    .given(day(a, 0, "DAY"), day(a, 1, "NIGHT")).penalizesBy(540);
        }

        @Test
        void sameStartEveryDayIsFine() {
            VERIFIER.verifyThat(RosterConstraintProvider::sameShiftStartThroughStretch)
                    .given((Object[]) days(agent(), 0, 5, "NIGHT")).penalizesBy(0);
        }

        @Test
        void aDayOffStartsANewStretch() {
            RosterAgent a = agent();
            VERIFIER.verifyThat(RosterConstraintProvider::sameShiftStartThroughStretch)
                    .given(day(a, 0, "DAY"), off(a, 1), day(a, 2, "NIGHT")).penalizesBy(0);
        }
    }

    @Nested
    class StabilityAgainstPublishedRoster {

        private final RosterAgent a = agent();

        private AgentDay published(int dayIndex, Duty publishedDuty, Duty now) {
            AgentDay day = day(a, dayIndex, now);
            day.setPublished(new Published(publishedDuty));
            return day;
        }

        @Test
        void changedHoursCostTwiceAChangedQueue() {
            Duty dayChat = CATALOG.duty(0, "DAY", CHAT);
            VERIFIER.verifyThat(RosterConstraintProvider::stabilityAgainstPublishedRoster)
                    .given(published(0, dayChat, CATALOG.duty(0, "DAY", PHONE)),
                            published(1, CATALOG.duty(1, "DAY", CHAT), CATALOG.duty(1, "NIGHT", CHAT)),
                            published(2, CATALOG.duty(2, "DAY", CHAT), null))
                    .penalizesBy(1 + 2 + 2);
        }

        @Test
        void unchangedDaysAreFree() {
            VERIFIER.verifyThat(RosterConstraintProvider::stabilityAgainstPublishedRoster)
                    .given(published(0, CATALOG.duty(0, "DAY", CHAT), CATALOG.duty(0, "DAY", CHAT)),
                            published(1, null, null))
                    .penalizesBy(0);
        }

        @Test
        void daysWithoutAPublishedRosterAreFree() {
            VERIFIER.verifyThat(RosterConstraintProvider::stabilityAgainstPublishedRoster)
                    .given(day(a, 0, "NIGHT"), off(a, 1)).penalizesBy(0);
        }
    }
}
