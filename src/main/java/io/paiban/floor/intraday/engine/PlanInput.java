package io.paiban.floor.intraday.engine;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything the intraday planner needs, already read from the database: "now", the day's queues on one interval
 * grid (forecast, actuals so far, the curve that turns agents into service), the people rostered today with their
 * remaining overtime allowance, the flex-pool agents who offered the day, and the settings.
 */
public record PlanInput(Instant now, int intervalMinutes, List<QueueDay> queues, List<StaffMember> staff, List<FlexAgent> flexPool,
                        PlanSettings settings) {

    /** One queue's day: intervals on the common grid, oldest first. */
    public record QueueDay(long queueId, String code, double targetShare, ServiceCurve curve, List<Slot> slots) {
    }

    /** One interval: the forecast, and the actuals once it is over (null before). */
    public record Slot(Instant start, double forecastVolume, double forecastAhtSeconds, Double actualVolume, Double actualAhtSeconds) {
    }

    public record Span(Instant start, Instant end) {
        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    /**
     * An agent with a published shift today. {@code present} is false for absences and no-shows.
     * {@code overtimeLimitMinutes} is what the rest and weekly-hour rules still allow after the shift (0 = none).
     * {@code actionable} is false for yesterday's shifts still running: they count, but today's run does not change them.
     */
    public record StaffMember(long agentId, String employeeNo, long queueId, Instant shiftStart, Instant shiftEnd, List<Span> breaks,
                              Set<Long> certifiedQueues, double hourlyCost, int overtimeLimitMinutes, boolean present, boolean actionable) {

        boolean onDutyAt(Instant t) {
            return present && !t.isBefore(shiftStart) && t.isBefore(shiftEnd) && breaks.stream().noneMatch(b -> b.contains(t));
        }
    }

    /** A flex-pool agent who offered today and is not rostered; may work between the instants, at most maxMinutes. */
    public record FlexAgent(long agentId, String employeeNo, Set<Long> certifiedQueues, double hourlyCost, Instant earliestStart,
                            Instant latestEnd, int maxMinutes) {
    }
}
