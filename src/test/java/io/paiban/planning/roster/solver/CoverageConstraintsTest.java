package io.paiban.planning.roster.solver;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paiban.planning.roster.solver.RosterFixture.*;

/**
 * Coverage on CHAT in a catalog with a requirement. Interval i is i*30 minutes after Monday 00:00:
 * 20 = 10:00, 21 = 10:30, 24 = 12:00 (inside the DAY break 12:00-13:00), 49 = Tuesday 00:30.
 * A DAY shift covers 16 intervals (08:30-17:30 without the break).
 */
class CoverageConstraintsTest {

    private static final int[] REQUIRED = new int[HORIZON.intervalCount()];

    static {
        REQUIRED[20] = 3;
        REQUIRED[21] = 2;
        REQUIRED[24] = 1;
        REQUIRED[49] = 1;
    }

    private static final DutyCatalog WITH_DEMAND =
            new DutyCatalog(HORIZON, ShiftTemplateSpec.defaults(), List.of(CHAT, PHONE), Map.of(CHAT, REQUIRED));

    private static AgentDay onChat(String agentId, int dayIndex, String template) {
        return day(agent(agentId).build(), dayIndex, WITH_DEMAND.duty(dayIndex, template, CHAT));
    }

    private static CoverageSlot slot(int interval) {
        return WITH_DEMAND.slot(CHAT, interval);
    }

    @Nested
    class Understaffing {

        @Test
        void shortfallIsSquaredPerInterval() {
            // interval 20: 3 required, 1 present -> 2^2; interval 21: 2 required, 1 present -> 1^2
            VERIFIER.verifyThat(RosterConstraintProvider::understaffing)
                    .given(onChat("A", 0, "DAY")).penalizesBy(4 + 1);
        }

        @Test
        void enoughAgentsLeaveNoShortfall() {
            VERIFIER.verifyThat(RosterConstraintProvider::understaffing)
                    .given(onChat("A", 0, "DAY"), onChat("B", 0, "DAY"), onChat("C", 0, "DAY")).penalizesBy(0);
        }

        @Test
        void agentsOnAnotherQueueOrDayDoNotCover() {
            RosterAgent b = agent("B").build();
            VERIFIER.verifyThat(RosterConstraintProvider::understaffing)
                    .given(onChat("A", 0, "DAY"), onChat("C", 0, "DAY"),
                            day(b, 0, WITH_DEMAND.duty(0, "DAY", PHONE)), onChat("D", 1, "DAY"))
                    .penalizesBy(1);
        }
    }

    @Nested
    class UncoveredInterval {

        @Test
        void intervalsNobodyCoversCostTheirRequirementSquared() {
            VERIFIER.verifyThat(RosterConstraintProvider::uncoveredInterval)
                    .given(slot(20), slot(21), slot(24), slot(49)).penalizesBy(9 + 4 + 1 + 1);
        }

        @Test
        void aCoveredIntervalIsLeftToUnderstaffing() {
            VERIFIER.verifyThat(RosterConstraintProvider::uncoveredInterval)
                    .given(slot(20), slot(21), onChat("A", 0, "DAY")).penalizesBy(0);
        }

        @Test
        void breaksLeaveTheirIntervalsUncovered() {
            VERIFIER.verifyThat(RosterConstraintProvider::uncoveredInterval)
                    .given(slot(24), onChat("A", 0, "DAY")).penalizesBy(1);
        }

        @Test
        void nightShiftCoversTheFirstHourOfTheNextDay() {
            VERIFIER.verifyThat(RosterConstraintProvider::uncoveredInterval)
                    .given(slot(49), onChat("A", 0, "NIGHT")).penalizesBy(0);
            VERIFIER.verifyThat(RosterConstraintProvider::uncoveredInterval)
                    .given(slot(49), onChat("A", 1, "DAY")).penalizesBy(1);
        }
    }

    @Nested
    class Overstaffing {

        @Test
        void agentIntervalsBeyondTheRequirementArePenalized() {
            // three DAY shifts cover 16 intervals each: 48 agent-intervals, of which 3 + 2 are required
            VERIFIER.verifyThat(RosterConstraintProvider::overstaffing)
                    .given(onChat("A", 0, "DAY"), onChat("B", 0, "DAY"), onChat("C", 0, "DAY")).penalizesBy(48 - 5);
        }

        @Test
        void noAgentNoOverstaffing() {
            VERIFIER.verifyThat(RosterConstraintProvider::overstaffing)
                    .given(slot(20), slot(21)).penalizesBy(0);
        }

        @Test
        void coverageExactlyAtTheRequirementIsNotOverstaffed() {
            int[] everyDayInterval = new int[HORIZON.intervalCount()];
            for (int i : DutyCatalog.place(ShiftTemplateSpec.defaults().get(0), HORIZON, 0).getCoveredIntervals()) {
                everyDayInterval[i] = 1;
            }
            DutyCatalog exact = new DutyCatalog(HORIZON, ShiftTemplateSpec.defaults(), List.of(CHAT), Map.of(CHAT, everyDayInterval));
            VERIFIER.verifyThat(RosterConstraintProvider::overstaffing)
                    .given(day(agent(), 0, exact.duty(0, "DAY", CHAT))).penalizesBy(0);
        }
    }
}
