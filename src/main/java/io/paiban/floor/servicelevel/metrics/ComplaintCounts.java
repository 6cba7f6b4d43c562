package io.paiban.floor.servicelevel.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * Customer complaints received in a period, judged against their handling deadlines as of one instant: the same
 * structure as deferred items, with closure in place of the first reply.
 *
 * @param received         complaints received in the period
 * @param closed           of those, closed at or before asOf
 * @param closedOnTime     of those, closed at or before their due time
 * @param notYetDue        still open (as of asOf) and due after asOf: neither met nor missed yet
 * @param handlingSeconds  sum of (closed - received) over the closed ones, wall-clock seconds
 */
public record ComplaintCounts(long received, long closed, long closedOnTime, long notYetDue, double handlingSeconds) {

    public static final ComplaintCounts ZERO = new ComplaintCounts(0, 0, 0, 0, 0);

    /** One complaint: on time when closed at or before its due time (a closure exactly at the due time is on time). */
    public static ComplaintCounts of(Instant received, Instant closedAt, Instant due, Instant asOf) {
        if (closedAt != null && !closedAt.isAfter(asOf)) {
            return new ComplaintCounts(1, 1, closedAt.isAfter(due) ? 0 : 1, 0, Duration.between(received, closedAt).toMillis() / 1000.0);
        }
        return new ComplaintCounts(1, 0, 0, due.isAfter(asOf) ? 1 : 0, 0);
    }

    public ComplaintCounts plus(ComplaintCounts o) {
        return new ComplaintCounts(received + o.received, closed + o.closed, closedOnTime + o.closedOnTime, notYetDue + o.notYetDue,
                handlingSeconds + o.handlingSeconds);
    }

    public boolean isEmpty() {
        return received == 0;
    }
}
