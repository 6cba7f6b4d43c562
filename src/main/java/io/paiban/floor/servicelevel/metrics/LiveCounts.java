package io.paiban.floor.servicelevel.metrics;

/**
 * Summed counts of live contacts (phone, chat) over any set of intervals; every metric of live
 * contacts is a ratio of these sums, never an average of per-interval ratios.
 *
 * @param answerWaitSeconds wait of answered contacts, from rows that reported it
 * @param waitedAnswered answered contacts of those rows (the ASA denominator)
 * @param allWaitSeconds wait of answered and abandoned contacts, from rows that reported both waits
 * @param waitedAll answered plus abandoned contacts of those rows
 */
public record LiveCounts(long offered, long answered, long answeredWithin, long abandoned, long shortAbandoned,
                         double handleSeconds, double answerWaitSeconds, long waitedAnswered,
                         double allWaitSeconds, long waitedAll) {

    public static final LiveCounts ZERO = new LiveCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One imported interval row; a null wait means the source did not report it. */
    public static LiveCounts ofRow(long offered, long answered, long answeredWithin, long abandoned, long shortAbandoned,
                                   double handleSeconds, Double answerWaitSeconds, Double abandonWaitSeconds) {
        boolean answerWait = answerWaitSeconds != null;
        boolean bothWaits = answerWait && abandonWaitSeconds != null;
        return new LiveCounts(offered, answered, answeredWithin, abandoned, shortAbandoned, handleSeconds,
                answerWait ? answerWaitSeconds : 0, answerWait ? answered : 0,
                bothWaits ? answerWaitSeconds + abandonWaitSeconds : 0, bothWaits ? answered + abandoned : 0);
    }

    public LiveCounts plus(LiveCounts o) {
        return new LiveCounts(offered + o.offered, answered + o.answered, answeredWithin + o.answeredWithin,
                abandoned + o.abandoned, shortAbandoned + o.shortAbandoned, handleSeconds + o.handleSeconds,
                answerWaitSeconds + o.answerWaitSeconds, waitedAnswered + o.waitedAnswered,
                allWaitSeconds + o.allWaitSeconds, waitedAll + o.waitedAll);
    }

    public boolean isEmpty() {
        return offered == 0;
    }
}
