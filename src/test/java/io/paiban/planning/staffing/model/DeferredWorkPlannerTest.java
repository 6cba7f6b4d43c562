package io.paiban.planning.staffing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeferredWorkPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private final DeferredWorkPlanner planner = new DeferredWorkPlanner();

    /** Half-hour intervals over whole days, open from {@code opens} to {@code closes} every day. */
    static List<PlanningInterval> days(int dayCount, LocalTime opens, LocalTime closes) {
        List<PlanningInterval> intervals = new ArrayList<>();
        for (int day = 0; day < dayCount; day++) {
            for (int slot = 0; slot < 48; slot++) {
                LocalDateTime start = MONDAY.plusDays(day).atStartOfDay().plusMinutes(30L * slot);
                LocalTime time = start.toLocalTime();
                intervals.add(new PlanningInterval(start, 30, !time.isBefore(opens) && time.isBefore(closes)));
            }
        }
        return intervals;
    }

    private static int indexOf(List<PlanningInterval> intervals, int day, String time) {
        LocalDateTime start = MONDAY.plusDays(day).atTime(LocalTime.parse(time));
        for (int k = 0; k < intervals.size(); k++) {
            if (intervals.get(k).start().equals(start)) {
                return k;
            }
        }
        throw new AssertionError("no interval at " + start);
    }

    private static List<Double> itemsAt(int size, int index, double items) {
        List<Double> counts = new ArrayList<>(Collections.nCopies(size, 0.0));
        counts.set(index, items);
        return counts;
    }

    @Test
    void dailyCutoffRuleMapsToSixPmSameOrNextDay() {
        List<PlanningInterval> intervals = days(3, LocalTime.of(8, 0), LocalTime.of(20, 0));
        DeadlineRule rule = DeadlineRule.sameDayBefore16Else18NextDay();
        assertDeadline(intervals, rule, indexOf(intervals, 0, "15:30"), indexOf(intervals, 0, "17:30"));
        assertDeadline(intervals, rule, indexOf(intervals, 0, "16:00"), indexOf(intervals, 1, "17:30"));
        assertDeadline(intervals, rule, indexOf(intervals, 0, "23:30"), indexOf(intervals, 1, "17:30"));
        assertDeadline(intervals, rule, indexOf(intervals, 1, "00:00"), indexOf(intervals, 1, "17:30"));
        assertDeadline(intervals, rule, indexOf(intervals, 2, "16:30"), intervals.size()); // after the horizon
    }

    @Test
    void dailyCutoffInOpenDaysSkipsClosedDays() {
        List<PlanningInterval> intervals = new ArrayList<>(days(3, LocalTime.of(8, 0), LocalTime.of(20, 0)));
        for (int k = 48; k < 96; k++) { // Tuesday closed all day
            intervals.set(k, new PlanningInterval(intervals.get(k).start(), 30, false));
        }
        int mondayEvening = indexOf(intervals, 0, "17:00");
        assertDeadline(intervals, DeadlineRule.sameDayBefore16Else18NextOpenDay(), mondayEvening, indexOf(intervals, 2, "17:30"));
        assertDeadline(intervals, DeadlineRule.sameDayBefore16Else18NextOpenDay(), indexOf(intervals, 1, "10:00"),
                indexOf(intervals, 2, "17:30"));
        assertDeadline(intervals, DeadlineRule.sameDayBefore16Else18NextDay(), mondayEvening, indexOf(intervals, 1, "17:30"));
        int mondayNight = indexOf(intervals, 0, "20:30"); // closed, and Tuesday is closed too
        StaffingInputException strict = assertThrows(StaffingInputException.class, () -> planner.plan(intervals, List.of(
                new DeferredWorkStream("email", itemsAt(intervals.size(), mondayNight, 4), 300,
                        DeadlineRule.sameDayBefore16Else18NextDay()))));
        assertEquals("deadline", strict.field());
        DeferredWorkPlan plan = planner.plan(intervals, List.of(new DeferredWorkStream("email",
                itemsAt(intervals.size(), mondayNight, 4), 300, DeadlineRule.sameDayBefore16Else18NextOpenDay())));
        // 20 agent-minutes: one agent at Wednesday's opening, the first open time, and nobody else.
        assertEquals(1, plan.agents().get(indexOf(intervals, 2, "08:00")));
        assertEquals(1, plan.agents().stream().mapToInt(Integer::intValue).sum());
        assertEquals(0.0, plan.overdueItems());
    }

    @Test
    void openHoursRuleCountsOnlyOpenTime() {
        List<PlanningInterval> intervals = days(3, LocalTime.of(8, 0), LocalTime.of(20, 0));
        DeadlineRule threeHours = DeadlineRule.openHours(Duration.ofHours(3));
        assertDeadline(intervals, threeHours, indexOf(intervals, 0, "09:00"), indexOf(intervals, 0, "11:30"));
        // 1 h left today (19-20), 2 h tomorrow: due 10:00, i.e. by the end of the 09:30 interval.
        assertDeadline(intervals, threeHours, indexOf(intervals, 0, "19:00"), indexOf(intervals, 1, "09:30"));
        // Arriving at night: the clock starts at opening.
        assertDeadline(intervals, threeHours, indexOf(intervals, 0, "22:00"), indexOf(intervals, 1, "10:30"));
        // 100 minutes end inside an interval and are rounded down to the previous interval end.
        assertDeadline(intervals, DeadlineRule.openHours(Duration.ofMinutes(100)), indexOf(intervals, 0, "09:00"),
                indexOf(intervals, 0, "10:00"));
        assertDeadline(intervals, DeadlineRule.elapsed(Duration.ofHours(24)), indexOf(intervals, 0, "10:00"),
                indexOf(intervals, 1, "09:30"));
    }

    private static void assertDeadline(List<PlanningInterval> intervals, DeadlineRule rule, int release, int expected) {
        DeferredWorkStream stream = new DeferredWorkStream("s", itemsAt(intervals.size(), release, 1), 300, rule);
        List<WorkBatch> batches = DeferredWorkPlanner.workBatches(intervals, List.of(stream));
        assertEquals(1, batches.size());
        assertEquals(expected, batches.get(0).deadlineInterval());
    }

    @Test
    void plansMeetEveryDeadlineAndCannotLoseAnAgentAnywhere() {
        SplittableRandom random = new SplittableRandom(7);
        for (int scenario = 0; scenario < 12; scenario++) {
            List<PlanningInterval> intervals = days(2, LocalTime.of(8, 0), LocalTime.of(18 + scenario % 3, 0));
            int size = intervals.size();
            List<DeferredWorkStream> streams = List.of(
                    randomStream("email", size, random, 40, 420, DeadlineRule.sameDayBefore16Else18NextDay()),
                    randomStream("ticket", size, random, 15, 900, DeadlineRule.openHours(Duration.ofHours(3))),
                    randomStream("callback", size, random, 10, 240, DeadlineRule.elapsed(Duration.ofHours(2)), 8, 15));
            DeferredWorkPlan plan = planner.plan(intervals, streams);
            List<WorkBatch> batches = DeferredWorkPlanner.workBatches(intervals, streams);
            List<Integer> agents = plan.agents();

            assertTrue(windowFeasible(intervals, batches, agents), "scenario " + scenario + " misses a deadline");
            assertEquals(0.0, plan.overdueItems(), 1e-9);
            int staffedIntervals = 0;
            for (int k = 0; k < size; k++) {
                if (!intervals.get(k).open()) {
                    assertEquals(0, agents.get(k), "closed interval " + k + " got staff");
                }
                if (agents.get(k) > 0) {
                    staffedIntervals++;
                    List<Integer> fewer = new ArrayList<>(agents);
                    fewer.set(k, agents.get(k) - 1);
                    assertFalse(windowFeasible(intervals, batches, fewer), "scenario " + scenario + ": interval " + k + " can lose an agent");
                    assertFalse(planner.meetsAllDeadlines(intervals, streams, fewer));
                }
            }
            assertTrue(staffedIntervals > 0);
        }
    }

    @Test
    void backlogIsCarriedAcrossIntervalsAndDays() {
        List<PlanningInterval> intervals = days(2, LocalTime.of(8, 0), LocalTime.of(18, 0));
        int size = intervals.size();
        // 60 emails at 17:00 on Monday (due Tuesday 18:00), each 10 minutes: 600 agent-minutes.
        DeferredWorkStream stream = new DeferredWorkStream("email", itemsAt(size, indexOf(intervals, 0, "17:00"), 60), 600,
                DeadlineRule.sameDayBefore16Else18NextDay());
        DeferredWorkPlan plan = planner.plan(intervals, List.of(stream));
        double backlog = 0;
        for (DeferredIntervalPlan interval : plan.intervals()) {
            backlog += interval.arrivedItems() - interval.completedItems();
            assertEquals(backlog, interval.backlogItems(), 1e-9);
        }
        // 600 agent-minutes fit into the 22 open half-hours up to Tuesday 18:00 with a single agent.
        assertEquals(1, plan.agents().stream().mapToInt(Integer::intValue).max().orElseThrow());
        assertTrue(plan.intervals().get(indexOf(intervals, 0, "23:30")).backlogItems() > 0, "backlog kept overnight");
        assertEquals(0.0, plan.carriedOverItems(), 1e-9);
        assertEquals(60.0, plan.intervals().stream().mapToDouble(DeferredIntervalPlan::completedItems).sum(), 1e-9);
    }

    @Test
    void evaluateReportsOverdueItemsOfAnUnderstaffedCurve() {
        List<PlanningInterval> intervals = days(1, LocalTime.of(8, 0), LocalTime.of(18, 0));
        DeferredWorkStream stream = new DeferredWorkStream("email", itemsAt(intervals.size(), indexOf(intervals, 0, "09:00"), 30), 600,
                DeadlineRule.openHours(Duration.ofHours(1)));
        List<Integer> oneAgent = new ArrayList<>(Collections.nCopies(intervals.size(), 1));
        DeferredWorkPlan evaluation = planner.evaluate(intervals, List.of(stream), oneAgent);
        // One agent clears 6 items in the hour; 24 are late once, then worked off.
        assertEquals(24.0, evaluation.overdueItems(), 1e-9);
        assertFalse(planner.meetsAllDeadlines(intervals, List.of(stream), oneAgent));
        assertEquals(List.of(5, 5), planner.plan(intervals, List.of(stream)).agents().subList(
                indexOf(intervals, 0, "09:00"), indexOf(intervals, 0, "09:30") + 1));
    }

    @Test
    void impossibleDeadlinesAndBadInputsAreRejected() {
        List<PlanningInterval> intervals = days(1, LocalTime.of(8, 0), LocalTime.of(18, 0));
        int size = intervals.size();
        StaffingInputException tooShort = assertThrows(StaffingInputException.class, () -> planner.plan(intervals, List.of(
                new DeferredWorkStream("chat-mail", itemsAt(size, 20, 5), 60, DeadlineRule.elapsed(Duration.ofMinutes(10))))));
        assertEquals("deadline", tooShort.field());
        StaffingInputException closed = assertThrows(StaffingInputException.class, () -> planner.plan(intervals, List.of(
                new DeferredWorkStream("night", itemsAt(size, 2, 5), 60, DeadlineRule.elapsed(Duration.ofHours(2))))));
        assertEquals("deadline", closed.field());
        StaffingInputException capped = assertThrows(StaffingInputException.class, () -> new DeferredWorkPlanner(3).plan(intervals,
                List.of(new DeferredWorkStream("flood", itemsAt(size, 20, 500), 600, DeadlineRule.openHours(Duration.ofHours(1))))));
        assertEquals("maxAgentsPerInterval", capped.field());
        assertEquals("itemsPerInterval", assertThrows(StaffingInputException.class, () -> planner.plan(intervals, List.of(
                new DeferredWorkStream("short", List.of(1.0), 60, DeadlineRule.elapsed(Duration.ofHours(2)))))).field());
        assertEquals("itemsPerInterval", assertThrows(StaffingInputException.class,
                () -> new DeferredWorkStream("neg", List.of(-1.0), 60, DeadlineRule.elapsed(Duration.ofHours(2)))).field());
        assertEquals("handleTimeSeconds", assertThrows(StaffingInputException.class,
                () -> new DeferredWorkStream("zero", List.of(1.0), 0, DeadlineRule.elapsed(Duration.ofHours(2)))).field());
        List<PlanningInterval> overlapping = List.of(intervals.get(1), intervals.get(0));
        assertEquals("intervals", assertThrows(StaffingInputException.class,
                () -> planner.plan(overlapping, List.of())).field());
    }

    @Test
    void fourWeeksOfTwoStreamsPlanQuickly() {
        List<PlanningInterval> intervals = days(28, LocalTime.of(8, 0), LocalTime.of(20, 0));
        SplittableRandom random = new SplittableRandom(11);
        List<DeferredWorkStream> streams = List.of(
                randomStream("email", intervals.size(), random, 120, 360, DeadlineRule.sameDayBefore16Else18NextDay()),
                randomStream("ticket", intervals.size(), random, 40, 720, DeadlineRule.openHours(Duration.ofHours(24))));
        long start = System.nanoTime();
        DeferredWorkPlan plan = planner.plan(intervals, streams);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(windowFeasible(intervals, DeferredWorkPlanner.workBatches(intervals, streams), plan.agents()));
        assertTrue(millis < 3000, "planning took " + millis + " ms");
    }

    private static DeferredWorkStream randomStream(String name, int size, SplittableRandom random, double peak,
                                                   double handleSeconds, DeadlineRule rule) {
        return randomStream(name, size, random, peak, handleSeconds, rule, 0, 24);
    }

    /** Random whole-item counts arriving only between {@code fromHour} and {@code toHour}. */
    private static DeferredWorkStream randomStream(String name, int size, SplittableRandom random, double peak,
                                                   double handleSeconds, DeadlineRule rule, int fromHour, int toHour) {
        List<Double> counts = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            double hour = (k % 48) / 2.0;
            double shape = hour < fromHour || hour >= toHour ? 0.0 : hour < 7 ? 0.1 : hour < 22 ? 1.0 : 0.3;
            counts.add(Math.floor(peak * shape * random.nextDouble()));
        }
        return new DeferredWorkStream(name, counts, handleSeconds, rule);
    }

    /**
     * Independent feasibility test (no EDF): fluid work with release and deadline intervals can be scheduled iff
     * for every window [s, t] the work released at or after s and due by t fits into the capacity of s..t.
     */
    static boolean windowFeasible(List<PlanningInterval> intervals, List<WorkBatch> batches, List<Integer> agents) {
        int size = intervals.size();
        double[][] dueWork = new double[size][size];
        for (WorkBatch batch : batches) {
            if (batch.deadlineInterval() < size) {
                dueWork[batch.releaseInterval()][batch.deadlineInterval()] += batch.workSeconds();
            }
        }
        for (int s = 0; s < size; s++) {
            double demand = 0;
            double capacity = 0;
            double[] releasedFromS = new double[size];
            for (int r = s; r < size; r++) {
                for (int d = r; d < size; d++) {
                    releasedFromS[d] += dueWork[r][d];
                }
            }
            for (int t = s; t < size; t++) {
                demand += releasedFromS[t];
                if (intervals.get(t).open()) {
                    capacity += agents.get(t) * intervals.get(t).lengthMinutes() * 60.0;
                }
                if (demand > capacity + 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }
}
