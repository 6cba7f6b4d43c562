package io.paiban.benchmark;

import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.kernel.Channel;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.CoverageSummary;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterQueue;
import io.paiban.planning.staffing.model.ChatConcurrency;
import io.paiban.planning.staffing.model.CustomerPatience;
import io.paiban.planning.staffing.model.DeadlineRule;
import io.paiban.planning.staffing.model.DeferredWorkPlan;
import io.paiban.planning.staffing.model.DeferredWorkPlanner;
import io.paiban.planning.staffing.model.DeferredWorkStream;
import io.paiban.planning.staffing.model.IntervalStaffing;
import io.paiban.planning.staffing.model.OfferedLoad;
import io.paiban.planning.staffing.model.OverallMetrics;
import io.paiban.planning.staffing.model.PlanningInterval;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.StaffingCurveEvaluator;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a planner reads off a solved roster: coverage in agent-intervals, labour cost, and the expected service
 * per queue at the rostered staffing.
 *
 * <p>Agents on a queue in an interval are those whose shift covers it (breaks excluded, as in the solver); the
 * productive agents are {@code floor(present x (1 - shrinkage))}, the inverse of the requirement's gross-up.
 * Phone: Erlang C, share answered within 300 s; chat: Erlang C on {@code agents x concurrency} sessions, within
 * 120 s (the requirement's models and targets). Email and tickets: the deadline planner's earliest-deadline-first
 * run over the productive agents, reporting the share of items overdue (email due 24 h after arrival, tickets
 * after 3 open hours); items still open at the end of the horizon are not counted.
 */
public record RosterMetrics(CoverageSummary coverage, long labourCostFen, int workingAgentDays,
                            Map<String, QueueService> service, int peakShifts, long minutesOutsideOpening,
                            Map<String, Long> squaredShortfallByQueue) {

    /** Expected service of one queue: a service level (live queues) or the share of deferred items overdue. */
    public record QueueService(String queue, Channel channel, double value, double contacts) {
        public boolean deferred() {
            return channel.isDeferred();
        }

        public String formatted() {
            return deferred() ? String.format("%.1f%% overdue", 100 * value) : String.format("%.1f%% SL", 100 * value);
        }
    }

    static final double PHONE_ANSWER_SECONDS = 300;
    static final double CHAT_ANSWER_SECONDS = 120;

    public static RosterMetrics of(RosterDataset dataset, Roster roster) {
        CoverageSummary coverage = CoverageSummary.of(roster);
        long cost = 0;
        int working = 0;
        int peak = 0;
        long outside = 0;
        Map<RosterQueue, int[]> present = new LinkedHashMap<>();
        int intervals = roster.getHorizon().intervalCount();
        for (RosterQueue queue : roster.getQueues()) {
            present.put(queue, new int[intervals]);
        }
        for (AgentDay day : roster.getAgentDays()) {
            if (day.getDuty() == null) {
                continue;
            }
            working++;
            cost += day.getAgent().costFen(day.getShift());
            peak += day.getShift().isPeak() ? 1 : 0;
            outside += day.getDuty().getMinutesOutsideOpening();
            int[] row = present.get(day.getQueue());
            for (CoverageSlot slot : day.getCoveredSlots()) {
                row[slot.getInterval()]++;
            }
        }
        Map<String, Long> squared = new LinkedHashMap<>();
        for (CoverageSlot slot : roster.getCoverageSlots()) {
            long u = Math.max(0, slot.getRequired() - present.get(slot.getQueue())[slot.getInterval()]);
            squared.merge(slot.getQueue().getId(), u * u, Long::sum);
        }
        Map<String, QueueService> service = new LinkedHashMap<>();
        for (Map.Entry<RosterQueue, int[]> e : present.entrySet()) {
            QueueSpec spec = dataset.queue(e.getKey().getId());
            OfferedLoad[] loads = dataset.loads().get(spec.code());
            int[] productive = new int[intervals];
            for (int i = 0; i < intervals; i++) {
                productive[i] = (int) Math.floor(e.getValue()[i] * (1 - dataset.shrinkage()) + 1e-9);
            }
            service.put(spec.code(), spec.channel().isDeferred()
                    ? deferred(spec, loads, productive, roster.getHorizon())
                    : live(spec, loads, productive));
        }
        return new RosterMetrics(coverage, cost, working, service, peak, outside, squared);
    }

    static QueueService live(QueueSpec queue, OfferedLoad[] loads, int[] agents) {
        List<IntervalStaffing> curve = new ArrayList<>(loads.length);
        for (int i = 0; i < loads.length; i++) {
            curve.add(new IntervalStaffing(loads[i], agents[i]));
        }
        boolean chat = queue.channel() == Channel.CHAT;
        QueueModel model = chat
                ? QueueModel.chat(ChatConcurrency.of(queue.concurrency(), 0.0), CustomerPatience.infinite())
                : QueueModel.erlangC();
        OverallMetrics overall = StaffingCurveEvaluator.evaluate(curve, chat ? CHAT_ANSWER_SECONDS : PHONE_ANSWER_SECONDS, model).overall();
        return new QueueService(queue.code(), queue.channel(), overall.serviceLevel(), overall.offeredContacts());
    }

    static QueueService deferred(QueueSpec queue, OfferedLoad[] loads, int[] agents, Horizon horizon) {
        List<PlanningInterval> intervals = new ArrayList<>(loads.length);
        List<Double> items = new ArrayList<>(loads.length);
        List<Integer> staffing = new ArrayList<>(loads.length);
        double contacts = 0;
        double work = 0;
        for (int i = 0; i < loads.length; i++) {
            ZonedDateTime start = horizon.start().plusMinutes((long) i * horizon.intervalMinutes());
            intervals.add(new PlanningInterval(start.toLocalDateTime(), horizon.intervalMinutes(), isOpen(queue, start.toLocalTime())));
            items.add(loads[i].contacts());
            staffing.add(agents[i]);
            contacts += loads[i].contacts();
            work += loads[i].contacts() * loads[i].ahtSeconds();
        }
        double handle = contacts > 0 ? work / contacts : queue.handleSeconds();
        DeadlineRule deadline = queue.channel() == Channel.EMAIL
                ? new DeadlineRule.Elapsed(Duration.ofHours(24))
                : new DeadlineRule.OpenHours(Duration.ofHours(3));
        DeferredWorkPlan plan = new DeferredWorkPlanner().evaluate(intervals,
                List.of(new DeferredWorkStream(queue.code(), items, handle, deadline)), staffing);
        return new QueueService(queue.code(), queue.channel(), contacts == 0 ? 0 : plan.overdueItems() / contacts, contacts);
    }

    private static boolean isOpen(QueueSpec queue, LocalTime t) {
        LocalTime opens = queue.opensAt();
        LocalTime closes = queue.closesAt();
        return closes.isAfter(opens) ? !t.isBefore(opens) && t.isBefore(closes) : !t.isBefore(opens) || t.isBefore(closes);
    }
}
