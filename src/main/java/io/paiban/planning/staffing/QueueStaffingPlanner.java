package io.paiban.planning.staffing;

import io.paiban.platform.error.ApiException;
import io.paiban.kernel.Channel;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.kernel.TargetKind;
import io.paiban.planning.staffing.model.ChatConcurrency;
import io.paiban.planning.staffing.model.CustomerPatience;
import io.paiban.planning.staffing.model.DeadlineRule;
import io.paiban.planning.staffing.model.DeferredIntervalPlan;
import io.paiban.planning.staffing.model.DeferredWorkPlan;
import io.paiban.planning.staffing.model.DeferredWorkPlanner;
import io.paiban.planning.staffing.model.DeferredWorkStream;
import io.paiban.planning.staffing.model.OfferedLoad;
import io.paiban.planning.staffing.model.PlanningInterval;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.RequirementCalculator;
import io.paiban.planning.staffing.model.ServiceTarget;
import io.paiban.planning.staffing.model.Shrinkage;
import io.paiban.planning.staffing.model.StaffingInputException;
import io.paiban.planning.staffing.model.StaffingRequirement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one queue's forecast intervals into required agents: Erlang C/A for phone, the chat model
 * for chat, the deadline planner for email and tickets. Closed intervals of live queues need no one.
 */
public final class QueueStaffingPlanner {

    private final RequirementCalculator calculator = new RequirementCalculator();
    private final DeferredWorkPlanner deferredPlanner = new DeferredWorkPlanner();

    public List<IntervalRequirement> plan(ServiceQueue queue, int intervalMinutes, List<IntervalLoad> loads,
                                          StaffingOptions options) {
        try {
            return queue.channel.isDeferred()
                    ? deferred(queue, intervalMinutes, loads)
                    : live(queue, intervalMinutes, loads, options);
        } catch (StaffingInputException e) {
            throw ApiException.unprocessable("Queue " + queue.code + ": " + e.getMessage());
        }
    }

    private List<IntervalRequirement> live(ServiceQueue queue, int minutes, List<IntervalLoad> loads, StaffingOptions options) {
        QueueModel model = new QueueModel(patience(queue.channel, options), concurrency(queue, options));
        ServiceTarget target = target(queue, options);
        List<IntervalRequirement> out = new ArrayList<>(loads.size());
        for (IntervalLoad load : loads) {
            if (!load.open() || load.volume() <= 0) {
                out.add(new IntervalRequirement(queue.id, load.start(), load.open(), Math.max(0, load.volume()),
                        load.ahtSeconds(), 0, load.shrinkage(), 0, null, null, null, null, null));
                continue;
            }
            StaffingRequirement required = calculator.requiredAgents(new OfferedLoad(load.volume(), minutes, load.ahtSeconds()), target, model);
            var m = required.metrics();
            out.add(new IntervalRequirement(queue.id, load.start(), true, load.volume(), load.ahtSeconds(), required.agents(),
                    load.shrinkage(), Shrinkage.scheduledAgents(required.agents(), load.shrinkage()), m.serviceLevel(),
                    Double.isFinite(m.asaSeconds()) ? m.asaSeconds() : null, m.abandonRate(), m.occupancy(), null));
        }
        return out;
    }

    /** Email and tickets arrive around the clock and are worked in opening hours, earliest deadline first. */
    private List<IntervalRequirement> deferred(ServiceQueue queue, int minutes, List<IntervalLoad> loads) {
        List<PlanningInterval> intervals = loads.stream().map(l -> new PlanningInterval(l.localStart(), minutes, l.open())).toList();
        double handle = loads.stream().filter(l -> l.volume() > 0).mapToDouble(l -> l.ahtSeconds() * l.volume()).sum()
                / Math.max(1e-9, loads.stream().mapToDouble(IntervalLoad::volume).sum());
        if (!(handle > 0)) {
            handle = queue.defaultHandleSeconds;
        }
        DeferredWorkStream stream = new DeferredWorkStream(queue.code,
                loads.stream().map(l -> Math.max(0, l.volume())).toList(), handle, deadline(queue));
        DeferredWorkPlan plan = deferredPlanner.plan(intervals, List.of(stream));
        List<IntervalRequirement> out = new ArrayList<>(loads.size());
        for (int k = 0; k < loads.size(); k++) {
            IntervalLoad load = loads.get(k);
            DeferredIntervalPlan p = plan.intervals().get(k);
            out.add(new IntervalRequirement(queue.id, load.start(), load.open(), Math.max(0, load.volume()), load.ahtSeconds(),
                    p.agents(), load.shrinkage(), Shrinkage.scheduledAgents(p.agents(), load.shrinkage()),
                    null, null, null, null, p.backlogItems()));
        }
        return out;
    }

    static DeadlineRule deadline(ServiceQueue queue) {
        var t = queue.target;
        if (t.kind == TargetKind.REPLY_BY_CUTOFF) {
            return new DeadlineRule.DailyCutoff(t.cutoffTime, t.replyByTime, true);
        }
        if (t.kind == TargetKind.REPLY_WITHIN && t.thresholdSeconds != null) {
            Duration within = Duration.ofSeconds(t.thresholdSeconds);
            return t.businessHours ? new DeadlineRule.OpenHours(within) : new DeadlineRule.Elapsed(within);
        }
        throw ApiException.unprocessable("Queue " + queue.code + " is a " + queue.channel + " queue without a reply deadline");
    }

    private static ServiceTarget target(ServiceQueue queue, StaffingOptions options) {
        if (queue.target.kind != TargetKind.ANSWER_WITHIN || queue.target.thresholdSeconds == null) {
            throw ApiException.unprocessable("Queue " + queue.code + " is a " + queue.channel + " queue without an answer-within target");
        }
        ServiceTarget target = ServiceTarget.of(queue.target.targetShare.doubleValue(), queue.target.thresholdSeconds);
        if (options.maxOccupancy() != null) {
            target = target.withMaxOccupancy(options.maxOccupancy());
        }
        if (options.maxAsaSeconds() != null) {
            target = target.withMaxAsaSeconds(options.maxAsaSeconds());
        }
        if (options.maxAbandonRate() != null && !patience(queue.channel, options).isInfinite()) {
            target = target.withMaxAbandonRate(options.maxAbandonRate());
        }
        return target;
    }

    private static CustomerPatience patience(Channel channel, StaffingOptions options) {
        Double seconds = channel == Channel.CHAT ? options.chatPatienceSeconds() : options.phonePatienceSeconds();
        return seconds == null ? CustomerPatience.infinite() : CustomerPatience.exponentialWithMeanSeconds(seconds);
    }

    private static ChatConcurrency concurrency(ServiceQueue queue, StaffingOptions options) {
        return queue.chatConcurrency <= 1 ? ChatConcurrency.single()
                : ChatConcurrency.of(queue.chatConcurrency, options.chatConcurrencyInflation());
    }
}
