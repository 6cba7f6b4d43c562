package io.paiban.floor.servicelevel.metrics;

/**
 * Summed counts of live contacts (phone, chat) over any set of intervals; every metric of live
 * contacts is a ratio of these sums, never an average of per-interval ratios. A row imported as contact
 * history carries no "answered within" count and may lack handle time or waits: each metric sums only the
 * rows that reported what it needs, so such rows neither lower nor raise it.
 *
 * @param answeredWithin answered within the threshold, from rows that counted it
 * @param timedOffered offered contacts of the rows that counted answeredWithin (the service-level denominator)
 * @param timedAnswered answered contacts of those rows
 * @param timedShortAbandoned short abandons of those rows
 * @param handleSeconds handle time, from rows that reported it
 * @param handledAnswered answered contacts of those rows (the AHT denominator)
 * @param answerWaitSeconds wait of answered contacts, from rows that reported it
 * @param waitedAnswered answered contacts of those rows (the ASA denominator)
 * @param allWaitSeconds wait of answered and abandoned contacts, from rows that reported both waits
 * @param waitedAll answered plus abandoned contacts of those rows
 */
public record LiveCounts(long offered, long answered, long abandoned, long shortAbandoned,
                         long answeredWithin, long timedOffered, long timedAnswered, long timedShortAbandoned,
                         double handleSeconds, long handledAnswered, double answerWaitSeconds, long waitedAnswered,
                         double allWaitSeconds, long waitedAll) {

    public static final LiveCounts ZERO = new LiveCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One interval row as the ACD reports it (answered within and handle time known); a null wait was not reported. */
    public static LiveCounts ofRow(long offered, long answered, long answeredWithin, long abandoned, long shortAbandoned,
                                   double handleSeconds, Double answerWaitSeconds, Double abandonWaitSeconds) {
        return reported(offered, answered, answeredWithin, abandoned, shortAbandoned, handleSeconds, answerWaitSeconds,
                abandonWaitSeconds);
    }

    /** One interval row; every null is a value the source did not report. */
    public static LiveCounts reported(long offered, long answered, Long answeredWithin, long abandoned, long shortAbandoned,
                                      Double handleSeconds, Double answerWaitSeconds, Double abandonWaitSeconds) {
        boolean timed = answeredWithin != null;
        boolean handled = handleSeconds != null;
        boolean answerWait = answerWaitSeconds != null;
        boolean bothWaits = answerWait && abandonWaitSeconds != null;
        return new LiveCounts(offered, answered, abandoned, shortAbandoned,
                timed ? answeredWithin : 0, timed ? offered : 0, timed ? answered : 0, timed ? shortAbandoned : 0,
                handled ? handleSeconds : 0, handled ? answered : 0,
                answerWait ? answerWaitSeconds : 0, answerWait ? answered : 0,
                bothWaits ? answerWaitSeconds + abandonWaitSeconds : 0, bothWaits ? answered + abandoned : 0);
    }

    public LiveCounts plus(LiveCounts o) {
        return new LiveCounts(offered + o.offered, answered + o.answered, abandoned + o.abandoned, shortAbandoned + o.shortAbandoned,
                answeredWithin + o.answeredWithin, timedOffered + o.timedOffered, timedAnswered + o.timedAnswered,
                timedShortAbandoned + o.timedShortAbandoned, handleSeconds + o.handleSeconds, handledAnswered + o.handledAnswered,
                answerWaitSeconds + o.answerWaitSeconds, waitedAnswered + o.waitedAnswered,
                allWaitSeconds + o.allWaitSeconds, waitedAll + o.waitedAll);
    }

    public boolean isEmpty() {
        return offered == 0;
    }
}
