package io.paiban.floor.intraday.engine;

import java.time.Instant;
import java.util.List;

/** The planner's answer: per queue the reforecast and expected service, per interval the numbers, and the ranked actions. */
public record PlanResult(Instant now, List<QueueSummary> queues, List<IntervalLine> intervals, List<Action> actions,
                         double expectedServiceLevelBefore, double expectedServiceLevelAfter) {

    /**
     * One queue over the rest of the day (intervals ending after now). Service levels are volume-weighted over
     * the reforecast volume; "before" is with the agents present, "after" with every proposed action applied.
     */
    public record QueueSummary(long queueId, String code, double targetShare, DampedRatio volumeRatio, DampedRatio ahtRatio,
                               double forecastRemaining, double reforecastRemaining, double expectedServiceLevelBefore,
                               double expectedServiceLevelAfter, int understaffedIntervalsBefore, int understaffedIntervalsAfter,
                               int overstaffedIntervalsAfter, boolean targetMetAfter) {
    }

    /** One queue interval; the reforecast fields are null for intervals already over. */
    public record IntervalLine(long queueId, Instant start, double forecastVolume, double forecastAhtSeconds, Double actualVolume,
                               Double actualAhtSeconds, Double reforecastVolume, Double reforecastAhtSeconds, Integer required,
                               Integer present, Integer planned, Double serviceLevelPresent, Double serviceLevelPlanned) {
    }

    /**
     * A proposed action, in rank order. cost is in the agents' cost currency (negative = a saving, VTO);
     * contactsGained is the change in contacts expected to be answered within target (negative for VTO);
     * costPerContact = cost / contactsGained, the ranking key. The service levels are those of the queue the action
     * adds to (or, for VTO, removes from) over the rest of the day, just before and just after it.
     */
    public record Action(int rank, ActionKind kind, long agentId, String employeeNo, Long fromQueueId, Long toQueueId, Instant startsAt,
                         Instant endsAt, int minutes, double cost, double contactsGained, Double costPerContact,
                         double serviceLevelBefore, double serviceLevelAfter, String reason) {
    }
}
