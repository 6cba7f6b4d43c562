package io.paiban.floor.intraday.engine;

import io.paiban.floor.intraday.engine.PlanInput.FlexAgent;
import io.paiban.floor.intraday.engine.PlanInput.QueueDay;
import io.paiban.floor.intraday.engine.PlanInput.Slot;
import io.paiban.floor.intraday.engine.PlanInput.Span;
import io.paiban.floor.intraday.engine.PlanInput.StaffMember;
import io.paiban.floor.intraday.engine.PlanResult.Action;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.ServiceTarget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntradayPlannerTest {

    static final Instant DAY = Instant.parse("2026-10-13T00:00:00Z"); // 08:00 in Shanghai
    static final ServiceCurve PHONE = new ErlangServiceCurve(QueueModel.erlangC(), ServiceTarget.of(0.8, 20), 30);

    @Test
    void theDampedRatioMovesPartOfTheWayAndNeedsEvidence() {
        List<DampedRatio.Observation> window = List.of(new DampedRatio.Observation(100, 130), new DampedRatio.Observation(100, 130));
        DampedRatio r = DampedRatio.of(window, 0.8, 0.5, 2.0, 20);
        assertEquals(1.3, r.raw(), 1e-9);
        assertEquals(1.24, r.damped(), 1e-9);
        assertEquals(1.0, DampedRatio.of(List.of(new DampedRatio.Observation(5, 50)), 0.8, 0.5, 2.0, 20).damped(), 1e-9);
        assertEquals(2.0, DampedRatio.of(List.of(new DampedRatio.Observation(100, 900)), 0.8, 0.5, 2.0, 20).damped(), 1e-9);
        assertEquals(1.0, DampedRatio.of(List.of(), 0.8, 0.5, 2.0, 20).damped(), 1e-9);
    }

    @Test
    void aSurgeRaisesTheReforecastAndTheActionsRestoreTheTargetCheapestFirst() {
        // two queues from 08:00 to 18:00 local; 60 contacts per half hour on A, 20 on B; noon onwards A runs 30% over
        Instant now = DAY.plus(Duration.ofHours(7)); // 15:00
        QueueDay a = queue(1, "A", 60, 180, now, 1.3);
        QueueDay b = queue(2, "B", 20, 180, now, 1.0);
        int needA = PHONE.required(60, 180);
        int needB = PHONE.required(20, 180);
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < needA; i++) {
            staff.add(member(100 + i, 1, Set.of(1L), i == 0 ? 60 : 0)); // exactly the old requirement on A
        }
        for (int i = 0; i < needB + 2; i++) {
            staff.add(member(200 + i, 2, Set.of(1L, 2L), 0)); // two spare on B, certified on A
        }
        List<FlexAgent> flex = List.of(new FlexAgent(300, "FX300", Set.of(1L), 35, DAY, DAY.plus(Duration.ofHours(12)), 480),
                new FlexAgent(301, "FX301", Set.of(1L), 36, DAY, DAY.plus(Duration.ofHours(12)), 480));
        PlanResult result = IntradayPlanner.plan(new PlanInput(now, 30, List.of(a, b), staff, flex, PlanSettings.defaults()));

        PlanResult.QueueSummary qa = result.queues().get(0);
        assertEquals(1.3, qa.volumeRatio().raw(), 1e-9);
        assertTrue(qa.reforecastRemaining() > qa.forecastRemaining());
        assertTrue(qa.understaffedIntervalsBefore() > 0);
        assertTrue(qa.targetMetAfter(), "A after actions: " + qa);
        assertEquals(0, qa.understaffedIntervalsAfter());
        assertTrue(result.queues().get(1).targetMetAfter(), "the moves leave B at its target");
        List<Action> adding = result.actions().stream().filter(x -> x.kind() != ActionKind.VTO).toList();
        assertFalse(adding.isEmpty());
        assertEquals(ActionKind.MOVE_QUEUE, adding.get(0).kind(), "moves cost nothing and come first: " + adding);
        for (int i = 1; i < adding.size(); i++) {
            assertTrue(adding.get(i).rank() > adding.get(i - 1).rank());
        }
        assertTrue(result.expectedServiceLevelAfter() > result.expectedServiceLevelBefore());
        // the overtime stays within the agent's limit
        result.actions().stream().filter(x -> x.kind() == ActionKind.OVERTIME).forEach(x -> assertTrue(x.minutes() <= 60));
        assertEquals(result.actions().stream().map(Action::agentId).distinct().count(), result.actions().size(), "one action per agent");
    }

    @Test
    void anOverstaffedAfternoonYieldsTimeOffThatKeepsTheRequirement() {
        Instant now = DAY.plus(Duration.ofHours(7));
        QueueDay a = queue(1, "A", 60, 180, now, 0.5);
        int need = PHONE.required(60, 180);
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < need; i++) {
            staff.add(member(100 + i, 1, Set.of(1L), 0));
        }
        PlanResult result = IntradayPlanner.plan(new PlanInput(now, 30, List.of(a), staff, List.of(), PlanSettings.defaults()));
        List<Action> vto = result.actions().stream().filter(x -> x.kind() == ActionKind.VTO).toList();
        assertFalse(vto.isEmpty(), result.actions().toString());
        assertTrue(vto.stream().allMatch(x -> x.cost() < 0 && x.minutes() >= 60));
        assertEquals(0, result.queues().get(0).understaffedIntervalsAfter());
        result.intervals().stream().filter(l -> l.planned() != null && l.reforecastVolume() > 0)
                .forEach(l -> assertTrue(l.planned() >= l.required(), l.toString()));
    }

    @Test
    void absentAgentsDoNotCountAndOvertimeNeedsAnAllowance() {
        Instant now = DAY.plus(Duration.ofHours(7));
        QueueDay a = queue(1, "A", 60, 180, now, 1.0);
        int need = PHONE.required(60, 180);
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < need; i++) {
            staff.add(new StaffMember(100 + i, "KF" + i, 1, DAY, DAY.plus(Duration.ofHours(12)), List.of(), Set.of(1L), 25, 0, i > 0, true));
        }
        PlanResult result = IntradayPlanner.plan(new PlanInput(now, 30, List.of(a), staff, List.of(), PlanSettings.defaults()));
        assertTrue(result.queues().get(0).understaffedIntervalsBefore() > 0, "one no-show leaves the queue short");
        assertTrue(result.actions().isEmpty(), "no allowance, no flex: nothing to propose " + result.actions());
    }

    @Test
    void overtimeStaysWithinRestAndWeeklyContractHours() {
        Instant end = Instant.parse("2026-10-13T09:30:00Z"); // 17:30 local
        Instant nextStart = Instant.parse("2026-10-14T00:30:00Z"); // 08:30 next day: 15 h later
        assertEquals(120, WorkingTimeRules.overtimeLimit(end, nextStart, 600, 5 * 480, 48 * 60, 120));
        assertEquals(0, WorkingTimeRules.overtimeLimit(end, nextStart, 600, 6 * 480, 48 * 60, 120), "a full contract week");
        assertEquals(60, WorkingTimeRules.overtimeLimit(end, nextStart, 600, 6 * 480 - 60, 48 * 60, 120));
        assertEquals(30, WorkingTimeRules.overtimeLimit(end, Instant.parse("2026-10-13T20:00:00Z"), 600, 0, 48 * 60, 120),
                "10 h 30 min to the next shift leave 30 min");
        assertEquals(120, WorkingTimeRules.overtimeLimit(end, null, 600, 0, 48 * 60, 120));
    }

    static StaffMember member(long id, long queue, Set<Long> certified, int overtime) {
        Instant start = DAY;
        Instant end = DAY.plus(Duration.ofHours(10)); // 08:00-18:00, break 12:00-13:00
        return new StaffMember(id, "KF" + id, queue, start, end,
                List.of(new Span(DAY.plus(Duration.ofHours(4)), DAY.plus(Duration.ofHours(5)))), certified, 25, overtime, true, true);
    }

    /** Intervals 08:00-18:00 local; actuals up to now at the given multiple of the forecast from noon. */
    static QueueDay queue(long id, String code, double volume, double aht, Instant now, double fromNoon) {
        List<Slot> slots = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            Instant start = DAY.plus(Duration.ofMinutes(30L * k));
            boolean over = !start.plus(Duration.ofMinutes(30)).isAfter(now);
            double factor = k >= 8 ? fromNoon : 1.0;
            slots.add(new Slot(start, volume, aht, over ? volume * factor : null, over ? aht : null));
        }
        return new QueueDay(id, code, 0.8, PHONE, slots);
    }
}
