package io.paiban.planning.staffing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the formulas against simulated traffic. Runs use fixed seeds, so they are repeatable; tolerances are
 * derived from the spread between intervals so they reflect sampling noise rather than luck.
 */
class QueueSimulatorTest {

    private static final double HALF_HOUR = 1800;
    private static final int INTERVALS = 96;
    private static final int WARM_UP = 2;

    private final RequirementCalculator calculator = new RequirementCalculator();

    @Test
    void sameSeedGivesSameResultAndAnotherSeedDiffers() {
        List<SimulationInterval> intervals = constant(8, 120, 14);
        SimulationResult first = QueueSimulator.run(voice(intervals, CustomerPatience.exponentialWithMeanSeconds(300), 1));
        SimulationResult again = QueueSimulator.run(voice(intervals, CustomerPatience.exponentialWithMeanSeconds(300), 1));
        SimulationResult other = QueueSimulator.run(voice(intervals, CustomerPatience.exponentialWithMeanSeconds(300), 2));
        assertEquals(first, again);
        assertNotEquals(first.overall(), other.overall());
    }

    @Test
    void erlangCStaffingMeetsItsTargetOnSimulatedCalls() {
        OfferedLoad load = new OfferedLoad(500, 30, 180);
        ServiceTarget target = ServiceTarget.of(0.8, 20);
        StaffingRequirement requirement = calculator.requiredAgents(load, target, CustomerPatience.infinite());
        SimulationResult result = QueueSimulator.run(voice(constant(INTERVALS, 500, requirement.agents()),
                CustomerPatience.infinite(), 11));
        SimulatedStats steady = result.sum(WARM_UP, INTERVALS);
        double tolerance = tolerance(result, SimulatedStats::serviceLevel);
        assertTrue(steady.serviceLevel() >= target.serviceLevel(), "simulated SL " + steady.serviceLevel());
        assertEquals(requirement.metrics().serviceLevel(), steady.serviceLevel(), tolerance);
        assertEquals(requirement.metrics().asaSeconds(), steady.asaSeconds(), Math.max(1.0, tolerance(result, SimulatedStats::asaSeconds)));
        assertEquals(requirement.metrics().occupancy(), steady.occupancy(), 0.01);
        assertEquals(0, steady.abandoned());
    }

    @Test
    void erlangAStaffingMeetsItsTargetsOnSimulatedCalls() {
        OfferedLoad load = new OfferedLoad(500, 30, 180);
        CustomerPatience patience = CustomerPatience.exponentialWithMeanSeconds(120);
        ServiceTarget target = ServiceTarget.of(0.8, 20).withMaxAbandonRate(0.03);
        StaffingRequirement requirement = calculator.requiredAgents(load, target, patience);
        SimulationResult result = QueueSimulator.run(voice(constant(INTERVALS, 500, requirement.agents()), patience, 12));
        SimulatedStats steady = result.sum(WARM_UP, INTERVALS);
        assertTrue(steady.serviceLevel() >= target.serviceLevel(), "simulated SL " + steady.serviceLevel());
        assertTrue(steady.abandonRate() <= target.maxAbandonRate(), "simulated abandon " + steady.abandonRate());
        assertEquals(requirement.metrics().serviceLevel(), steady.serviceLevel(), tolerance(result, SimulatedStats::serviceLevel));
        assertEquals(requirement.metrics().abandonRate(), steady.abandonRate(), tolerance(result, SimulatedStats::abandonRate));
        assertEquals(requirement.metrics().asaSeconds(), steady.asaSeconds(), Math.max(0.5, tolerance(result, SimulatedStats::asaSeconds)));
        assertEquals(requirement.metrics().occupancy(), steady.occupancy(), 0.01);
    }

    @Test
    void erlangAMatchesSimulationInOverloadToo() {
        // 60 Erlangs on 50 agents: only abandonment keeps the queue finite, where Erlang C has no answer.
        CustomerPatience patience = CustomerPatience.exponentialWithMeanSeconds(90);
        OfferedLoad load = new OfferedLoad(600, 30, 180);
        QueueMetrics expected = QueueModel.erlangA(90).metrics(load, 50, 20);
        SimulationResult result = QueueSimulator.run(voice(constant(48, 600, 50), patience, 13));
        SimulatedStats steady = result.sum(WARM_UP, 48);
        assertEquals(expected.serviceLevel(), steady.serviceLevel(), tolerance(result, SimulatedStats::serviceLevel));
        assertEquals(expected.abandonRate(), steady.abandonRate(), tolerance(result, SimulatedStats::abandonRate));
    }

    @Test
    void chatStaffingWithConcurrencyMeetsItsTargetWithLogNormalHandleTimes() {
        // No closed form is exact here: handle times are lognormal and grow with the agent's actual load,
        // while the plan assumes every agent always runs at full concurrency.
        ChatConcurrency concurrency = ChatConcurrency.of(3, 0.2);
        OfferedLoad chats = new OfferedLoad(360, 30, 420);
        CustomerPatience patience = CustomerPatience.exponentialWithMeanSeconds(240);
        ServiceTarget target = ServiceTarget.of(0.8, 60);
        StaffingRequirement requirement = calculator.requiredChatAgents(chats, target, patience, concurrency);
        SimulationSettings settings = SimulationSettings.contacts(constant(INTERVALS, 360, requirement.agents()),
                new ServiceTimeDistribution.LogNormal(420, 0.8), patience, concurrency, 60, 14);
        SimulatedStats steady = QueueSimulator.run(settings).sum(WARM_UP, INTERVALS);
        assertTrue(steady.serviceLevel() >= target.serviceLevel(), "simulated chat SL " + steady.serviceLevel());
        assertTrue(steady.occupancy() <= 1.0);

        // The full-concurrency assumption is pessimistic, but by little: two agents fewer already miss the target.
        SimulationSettings fewer = SimulationSettings.contacts(constant(INTERVALS, 360, requirement.agents() - 2),
                new ServiceTimeDistribution.LogNormal(420, 0.8), patience, concurrency, 60, 14);
        assertTrue(QueueSimulator.run(fewer).sum(WARM_UP, INTERVALS).serviceLevel() < target.serviceLevel());
    }

    @Test
    void queueIsCarriedOverIntervalsAndEveryContactIsAccountedFor() {
        List<SimulationInterval> intervals = List.of(
                SimulationInterval.of(HALF_HOUR, 100, 0),
                SimulationInterval.of(HALF_HOUR, 100, 14),
                SimulationInterval.of(HALF_HOUR, 100, 20),
                SimulationInterval.of(HALF_HOUR, 0, 0));
        SimulationResult result = QueueSimulator.run(voice(intervals, CustomerPatience.infinite(), 5));
        SimulatedStats first = result.intervals().get(0);
        assertEquals(0, first.answeredWithinTarget(), "nobody is there to answer in the first interval");
        assertTrue(first.answered() > 0, "the first interval's callers are answered after the boundary");
        SimulatedStats overall = result.overall();
        assertEquals(overall.offered(), overall.answered() + overall.abandoned() + overall.unresolved());
        assertEquals(0, overall.unresolved());
        assertEquals(0.0, result.intervals().get(0).occupancy());

        SimulationResult nobody = QueueSimulator.run(voice(constant(2, 50, 0), CustomerPatience.infinite(), 5));
        assertEquals(nobody.overall().offered(), nobody.overall().unresolved());
        assertEquals(0.0, nobody.overall().serviceLevel());
    }

    @Test
    void deferredWorkPlanMeetsEveryDeadlineInSimulation() {
        List<PlanningInterval> intervals = DeferredWorkPlannerTest.days(3, LocalTime.of(8, 0), LocalTime.of(20, 0));
        int size = intervals.size();
        List<Double> emails = new ArrayList<>(Collections.nCopies(size, 0.0));
        List<Double> tickets = new ArrayList<>(Collections.nCopies(size, 0.0));
        for (int k = 0; k < 96; k++) { // arrivals on the first two days only, so every deadline is inside the horizon
            double hour = (k % 48) / 2.0;
            emails.set(k, (double) Math.round(hour >= 7 && hour < 22 ? 20 + 15 * Math.sin(k / 5.0) : 3));
            tickets.set(k, hour >= 8 && hour < 17 ? 6.0 : 0.0);
        }
        // 600 s per item: a half hour holds exactly three, so whole items behave like the fluid plan.
        List<DeferredWorkStream> streams = List.of(
                new DeferredWorkStream("email", emails, 600, DeadlineRule.sameDayBefore16Else18NextDay()),
                new DeferredWorkStream("ticket", tickets, 600, DeadlineRule.openHours(Duration.ofHours(3))));
        DeferredWorkPlan plan = new DeferredWorkPlanner().plan(intervals, streams);

        List<WorkBatch> batches = DeferredWorkPlanner.workBatches(intervals, streams);
        List<SimulationInterval> simulated = new ArrayList<>();
        double[] deadlineByRelease = new double[size];
        java.util.Arrays.fill(deadlineByRelease, Double.NaN);
        double[] countByRelease = new double[size];
        for (WorkBatch batch : batches) {
            // Each release interval has one deadline per stream; the simulation takes one per interval, so use
            // the earlier, which only makes the check stricter.
            double deadline = HALF_HOUR * (batch.deadlineInterval() + 1);
            deadlineByRelease[batch.releaseInterval()] = Double.isNaN(deadlineByRelease[batch.releaseInterval()])
                    ? deadline : Math.min(deadline, deadlineByRelease[batch.releaseInterval()]);
            countByRelease[batch.releaseInterval()] += batch.items();
        }
        for (int k = 0; k < size; k++) {
            simulated.add(new SimulationInterval(HALF_HOUR, countByRelease[k], plan.agents().get(k), deadlineByRelease[k]));
        }
        SimulationSettings settings = new SimulationSettings(simulated, new ServiceTimeDistribution.Deterministic(600),
                CustomerPatience.infinite(), ChatConcurrency.single(), 0, SimulationSettings.ArrivalPattern.BATCH_AT_INTERVAL_START,
                SimulationSettings.QueueDiscipline.EARLIEST_DEADLINE_FIRST, 3);
        SimulatedStats overall = QueueSimulator.run(settings).overall();
        double items = batches.stream().mapToDouble(WorkBatch::items).sum();
        assertEquals(Math.round(items), overall.offered());
        assertEquals(0, overall.deadlineMissed(), "missed deadlines in simulation");
        assertEquals(overall.offered(), overall.deadlineMet());
    }

    @Test
    void simulationIsFastEnoughForLargeVolumes() {
        long start = System.nanoTime();
        SimulatedStats overall = QueueSimulator.run(voice(constant(96, 2000, 210), CustomerPatience.exponentialWithMeanSeconds(200), 9)).overall();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(overall.offered() > 180_000);
        assertTrue(millis < 5000, "192k calls took " + millis + " ms");
    }

    private static List<SimulationInterval> constant(int count, double calls, int agents) {
        return Collections.nCopies(count, SimulationInterval.of(HALF_HOUR, calls, agents));
    }

    private static SimulationSettings voice(List<SimulationInterval> intervals, CustomerPatience patience, long seed) {
        return SimulationSettings.contacts(intervals, new ServiceTimeDistribution.Exponential(180), patience,
                ChatConcurrency.single(), 20, seed);
    }

    /** Four standard errors of the mean, estimated from the steady-state intervals as batch means. */
    private static double tolerance(SimulationResult result, java.util.function.ToDoubleFunction<SimulatedStats> metric) {
        List<SimulatedStats> steady = result.intervals().subList(WARM_UP, result.intervals().size());
        double mean = steady.stream().mapToDouble(metric).average().orElseThrow();
        double variance = steady.stream().mapToDouble(s -> Math.pow(metric.applyAsDouble(s) - mean, 2)).sum() / (steady.size() - 1);
        return 4 * Math.sqrt(variance / steady.size());
    }
}
