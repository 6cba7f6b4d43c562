package io.paiban.benchmark;

import io.paiban.planning.roster.solver.Horizon;

import io.paiban.demo.DemoCenter.HistoryRow;
import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.kernel.Channel;
import io.paiban.planning.staffing.model.ChatConcurrency;
import io.paiban.planning.staffing.model.CustomerPatience;
import io.paiban.planning.staffing.model.OfferedLoad;
import io.paiban.planning.staffing.model.RequirementCalculator;
import io.paiban.planning.staffing.model.ServiceTarget;
import io.paiban.planning.staffing.model.Shrinkage;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the forecasting and staffing runs, so the solver can be tried on real-looking weeks:
 * the volume of an interval is the mean of the same weekday and time over the last weeks of history,
 * turned into agents with the staffing library (phone: Erlang C, chat: Erlang C on concurrent slots,
 * email and tickets: the day's workload spread over the opening hours at a target occupancy), then
 * grossed up for shrinkage.
 */
public final class HistoryRequirement {

    static final ServiceTarget PHONE_TARGET = ServiceTarget.of(0.9, 300);
    static final ServiceTarget CHAT_TARGET = ServiceTarget.of(0.9, 120);
    static final double DEFERRED_OCCUPANCY = 0.85;

    private final Horizon horizon;
    private final int weeksBack;
    private final double shrinkage;
    private final double volumeFactor;
    private final VolumeAdjustment adjustment;
    private final Map<String, Map<Instant, HistoryRow>> rowsByQueue = new HashMap<>();
    private final RequirementCalculator calculator = new RequirementCalculator();

    /**
     * Scales the history mean of one queue and interval, e.g. by a promotion's effect that the averaged weeks do
     * not contain (1 leaves it unchanged).
     */
    @FunctionalInterface
    public interface VolumeAdjustment {
        VolumeAdjustment NONE = (queue, intervalStart) -> 1.0;

        double factor(QueueSpec queue, ZonedDateTime intervalStart);
    }

    public HistoryRequirement(Horizon horizon, List<HistoryRow> history, int weeksBack, double shrinkage,
                              double volumeFactor) {
        this(horizon, history, weeksBack, shrinkage, volumeFactor, VolumeAdjustment.NONE);
    }

    public HistoryRequirement(Horizon horizon, List<HistoryRow> history, int weeksBack, double shrinkage,
                              double volumeFactor, VolumeAdjustment adjustment) {
        this.horizon = horizon;
        this.adjustment = adjustment;
        this.volumeFactor = volumeFactor;
        this.weeksBack = weeksBack;
        this.shrinkage = shrinkage;
        for (HistoryRow row : history) {
            rowsByQueue.computeIfAbsent(row.queueCode(), q -> new HashMap<>()).put(row.intervalStart(), row);
        }
    }

    /** Agents to schedule per interval of the horizon for one queue. */
    public int[] required(QueueSpec queue) {
        int intervals = horizon.intervalCount();
        double[] contacts = new double[intervals];
        double[] handle = new double[intervals];
        for (int i = 0; i < intervals; i++) {
            meanOfSameSlot(queue, i, contacts, handle);
        }
        return queue.channel().isDeferred() ? deferred(queue, contacts, handle) : live(queue, contacts, handle);
    }

    /** The forecast load per interval of the horizon behind {@link #required}: contacts and mean handle time. */
    public OfferedLoad[] loads(QueueSpec queue) {
        int intervals = horizon.intervalCount();
        double[] contacts = new double[intervals];
        double[] handle = new double[intervals];
        OfferedLoad[] loads = new OfferedLoad[intervals];
        for (int i = 0; i < intervals; i++) {
            meanOfSameSlot(queue, i, contacts, handle);
            loads[i] = new OfferedLoad(contacts[i], horizon.intervalMinutes(), handle[i]);
        }
        return loads;
    }

    public double shrinkage() {
        return shrinkage;
    }

    private void meanOfSameSlot(QueueSpec queue, int interval, double[] contacts, double[] handle) {
        Map<Instant, HistoryRow> rows = rowsByQueue.getOrDefault(queue.code(), Map.of());
        ZonedDateTime start = intervalStart(interval);
        double offered = 0;
        double work = 0;
        for (int w = 1; w <= weeksBack; w++) {
            HistoryRow row = rows.get(start.minusWeeks(w).toInstant());
            if (row != null) {
                offered += row.offered();
                work += row.offered() * (row.ahtSeconds() == null ? queue.handleSeconds() : row.ahtSeconds());
            }
        }
        contacts[interval] = offered / weeksBack * volumeFactor * adjustment.factor(queue, start);
        handle[interval] = offered > 0 ? work / offered : queue.handleSeconds();
    }

    private ZonedDateTime intervalStart(int interval) {
        return horizon.start().plusMinutes((long) interval * horizon.intervalMinutes());
    }

    private int[] live(QueueSpec queue, double[] contacts, double[] handle) {
        int[] agents = new int[contacts.length];
        for (int i = 0; i < contacts.length; i++) {
            if (contacts[i] <= 0) {
                continue;
            }
            OfferedLoad load = new OfferedLoad(contacts[i], horizon.intervalMinutes(), handle[i]);
            int raw = queue.channel() == Channel.CHAT
                    ? calculator.requiredChatAgents(load, CHAT_TARGET, CustomerPatience.infinite(),
                    // the demo's handle time is measured at full concurrency already
                    ChatConcurrency.of(queue.concurrency(), 0.0)).agents()
                    : calculator.requiredAgents(load, PHONE_TARGET, CustomerPatience.infinite()).agents();
            agents[i] = Shrinkage.scheduledAgents(raw, shrinkage);
        }
        return agents;
    }

    /** Deferred work waits for the opening hours: each day's workload is spread evenly over them. */
    private int[] deferred(QueueSpec queue, double[] contacts, double[] handle) {
        int[] agents = new int[contacts.length];
        for (int day = 0; day < horizon.days(); day++) {
            double workSeconds = 0;
            int open = 0;
            for (int i = 0; i < contacts.length; i++) {
                if (horizon.dayIndexOfInterval(i) == day) {
                    workSeconds += contacts[i] * handle[i];
                    open += isOpen(queue, i) ? 1 : 0;
                }
            }
            if (open == 0) {
                continue;
            }
            double perInterval = workSeconds / open / (horizon.intervalMinutes() * 60.0 * DEFERRED_OCCUPANCY);
            int raw = (int) Math.ceil(perInterval - 1e-9);
            for (int i = 0; i < contacts.length; i++) {
                if (horizon.dayIndexOfInterval(i) == day && isOpen(queue, i)) {
                    agents[i] = Shrinkage.scheduledAgents(raw, shrinkage);
                }
            }
        }
        return agents;
    }

    private boolean isOpen(QueueSpec queue, int interval) {
        LocalTime t = intervalStart(interval).toLocalTime();
        LocalTime opens = queue.opensAt();
        LocalTime closes = queue.closesAt();
        return closes.isAfter(opens) ? !t.isBefore(opens) && t.isBefore(closes) : !t.isBefore(opens) || t.isBefore(closes);
    }
}
