package io.paiban.floor.servicelevel.metrics;

/**
 * Agent state seconds and scheduled seconds summed over agent-intervals. {@code adherentSeconds} and
 * {@code workedInScheduleSeconds} are summed per agent-interval before adding up, because within one
 * interval only the totals per state are known, not their order.
 */
public record AgentTimeCounts(double availableSeconds, double handlingSeconds, double afterCallSeconds,
                              double breakSeconds, double awaySeconds,
                              double scheduledWorkSeconds, double scheduledBreakSeconds,
                              double adherentSeconds, double workedInScheduleSeconds) {

    public static final AgentTimeCounts ZERO = new AgentTimeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One agent in one interval: logged state seconds against the seconds the published schedule planned. */
    public static AgentTimeCounts ofInterval(double available, double handling, double afterCall, double onBreak, double away,
                                             double scheduledWork, double scheduledBreak) {
        double worked = available + handling + afterCall;
        double workedInSchedule = Math.min(scheduledWork, worked);
        double adherent = workedInSchedule + Math.min(scheduledBreak, onBreak);
        return new AgentTimeCounts(available, handling, afterCall, onBreak, away, scheduledWork, scheduledBreak,
                adherent, workedInSchedule);
    }

    public AgentTimeCounts plus(AgentTimeCounts o) {
        return new AgentTimeCounts(availableSeconds + o.availableSeconds, handlingSeconds + o.handlingSeconds,
                afterCallSeconds + o.afterCallSeconds, breakSeconds + o.breakSeconds, awaySeconds + o.awaySeconds,
                scheduledWorkSeconds + o.scheduledWorkSeconds, scheduledBreakSeconds + o.scheduledBreakSeconds,
                adherentSeconds + o.adherentSeconds, workedInScheduleSeconds + o.workedInScheduleSeconds);
    }

    public double workedSeconds() {
        return availableSeconds + handlingSeconds + afterCallSeconds;
    }

    public boolean isEmpty() {
        return workedSeconds() + breakSeconds + awaySeconds + scheduledWorkSeconds + scheduledBreakSeconds == 0;
    }
}
