package io.paiban.floor.servicelevel.metrics;

import java.util.EnumMap;
import java.util.Map;

/**
 * The formulas of {@link Metric}, on summed counts. A metric whose denominator is zero has no value
 * (absent from the map), never 0 or 1: "no calls" is neither a perfect nor a failed service level.
 */
public final class MetricFormulas {

    private MetricFormulas() {
    }

    public static Map<Metric, Double> live(LiveCounts c) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        // Service level over the rows that counted "answered within" only: history rows did not.
        put(m, Metric.SERVICE_LEVEL, c.answeredWithin(), c.timedOffered() - c.timedShortAbandoned());
        put(m, Metric.SERVICE_LEVEL_INCL_SHORT_ABANDONS, c.answeredWithin(), c.timedOffered());
        put(m, Metric.SERVICE_LEVEL_ANSWERED_ONLY, c.answeredWithin(), c.timedAnswered());
        put(m, Metric.ASA, c.answerWaitSeconds(), c.waitedAnswered());
        put(m, Metric.ASA_INCL_ABANDONED, c.allWaitSeconds(), c.waitedAll());
        put(m, Metric.ABANDON_RATE, c.abandoned() - c.shortAbandoned(), c.offered() - c.shortAbandoned());
        put(m, Metric.ABANDON_RATE_INCL_SHORT_ABANDONS, c.abandoned(), c.offered());
        put(m, Metric.AHT, c.handleSeconds(), c.handledAnswered());
        put(m, Metric.REPLY_RATE, c.answered(), c.offered());
        return m;
    }

    public static Map<Metric, Double> items(ItemCounts c) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        put(m, Metric.REPLY_RATE, c.replied(), c.received());
        put(m, Metric.ON_TIME_REPLY_RATE, c.repliedOnTime(), c.received() - c.notYetDue());
        put(m, Metric.MEAN_FIRST_REPLY_TIME, c.firstReplySeconds(), c.replied());
        return m;
    }

    public static Map<Metric, Double> agentTime(AgentTimeCounts c) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        put(m, Metric.OCCUPANCY, c.handlingSeconds() + c.afterCallSeconds(), c.workedSeconds());
        put(m, Metric.ADHERENCE, c.adherentSeconds(), c.scheduledWorkSeconds() + c.scheduledBreakSeconds());
        put(m, Metric.CONFORMANCE, c.workedSeconds(), c.scheduledWorkSeconds());
        if (c.scheduledWorkSeconds() > 0) {
            m.put(Metric.SHRINKAGE_REALISED, 1.0 - c.workedInScheduleSeconds() / c.scheduledWorkSeconds());
        }
        return m;
    }

    /** Everything of one scope (queue or client): reply rate over live and deferred contacts together, the rest from their own counts. */
    public static Map<Metric, Double> combined(LiveCounts live, ItemCounts items, QualityCounts quality, AgentTimeCounts time) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        m.putAll(live(live));
        m.putAll(items(items));
        m.remove(Metric.REPLY_RATE);
        put(m, Metric.REPLY_RATE, live.answered() + items.replied(), live.offered() + items.received());
        m.putAll(quality(quality));
        m.putAll(agentTime(time));
        return m;
    }

    /** Complaint handling of complaints received in the period (docs/metrics.md, "Complaints"). */
    public static Map<Metric, Double> complaints(ComplaintCounts c) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        put(m, Metric.COMPLAINT_HANDLING_TIMELINESS, c.closedOnTime(), c.received() - c.notYetDue());
        put(m, Metric.MEAN_COMPLAINT_HANDLING_TIME, c.handlingSeconds(), c.closed());
        return m;
    }

    /**
     * Talk time and contacts per hour: live answered contacts of the scope against the time of the agents published on it.
     * Absent when the scope had no live contacts offered, or (talk time, contacts per agent hour) no logged agent time, or
     * (contacts per scheduled hour) no scheduled work: an absent input is not zero productivity.
     */
    public static Map<Metric, Double> productivity(LiveCounts live, AgentTimeCounts time) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        if (time.workedSeconds() > 0) {
            m.put(Metric.TALK_TIME_TOTAL, time.handlingSeconds());
        }
        if (live.offered() == 0) {
            return m;
        }
        if (time.workedSeconds() > 0) {
            put(m, Metric.TALK_TIME, time.handlingSeconds(), live.answered());
            put(m, Metric.CONTACTS_PER_AGENT_HOUR, live.answered(), time.workedSeconds() / 3600.0);
        }
        put(m, Metric.CONTACTS_PER_SCHEDULED_HOUR, live.answered(), time.scheduledWorkSeconds() / 3600.0);
        return m;
    }

    /** Everything of one scope with its complaints: {@link #combined(LiveCounts, ItemCounts, QualityCounts, AgentTimeCounts)} plus productivity and complaints. */
    public static Map<Metric, Double> combined(LiveCounts live, ItemCounts items, QualityCounts quality, AgentTimeCounts time,
                                               ComplaintCounts complaints) {
        Map<Metric, Double> m = combined(live, items, quality, time);
        m.putAll(productivity(live, time));
        m.putAll(complaints(complaints));
        return m;
    }

    public static Map<Metric, Double> quality(QualityCounts c) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        put(m, Metric.SATISFACTION, c.satisfied(), c.surveys());
        put(m, Metric.ACCURACY, c.accurate(), c.checked());
        return m;
    }

    private static void put(Map<Metric, Double> m, Metric metric, double numerator, double denominator) {
        if (denominator > 0) {
            m.put(metric, numerator / denominator);
        }
    }
}
