package io.paiban.planning.history;

import java.time.Instant;

/**
 * What one queue had in one interval: the contacts and their outcome (what forecasting learns from) and, when
 * the ACD reported it, the service detail (what service level measures). Sums, not means, so intervals add up.
 *
 * @param shortAbandoned      abandons before {@code shortAbandonSeconds} of waiting; 0 with a threshold of 0 when
 *                            the source does not classify abandons (history files, call logs)
 * @param answeredWithin      answered within {@code thresholdSeconds}; null when the source did not count it
 * @param handleSeconds       talk + hold + after-call work of the answered contacts; null when unknown
 * @param answerWaitSeconds   summed wait of the answered contacts; null when unknown
 * @param abandonWaitSeconds  summed wait of the abandoned contacts until they hung up; null when unknown
 */
public record IntervalActual(long queueId, Instant intervalStart, int intervalMinutes, int offered, int answered,
                             int abandoned, int shortAbandoned, int shortAbandonSeconds, Integer answeredWithin,
                             Integer thresholdSeconds, Double handleSeconds, Double answerWaitSeconds,
                             Double abandonWaitSeconds) {

    /** A row of contact history (interval files, call logs): counts, mean handle time and mean wait of the answered. */
    public static IntervalActual ofHistory(long queueId, Instant intervalStart, int intervalMinutes, int offered, int answered,
                                           int abandoned, Double ahtSeconds, Double avgWaitSeconds) {
        return new IntervalActual(queueId, intervalStart, intervalMinutes, offered, answered, abandoned, 0, 0, null, null,
                total(ahtSeconds, answered), total(avgWaitSeconds, answered), null);
    }

    /** Mean handle time of the answered contacts; null when unknown or nothing was answered. */
    public Double ahtSeconds() {
        return mean(handleSeconds, answered);
    }

    /** Mean wait of the answered contacts; null when unknown or nothing was answered. */
    public Double avgWaitSeconds() {
        return mean(answerWaitSeconds, answered);
    }

    private static Double total(Double mean, int count) {
        return mean == null ? null : mean * count;
    }

    private static Double mean(Double total, int count) {
        return total == null || count == 0 ? null : total / count;
    }
}
