package io.paiban.floor.servicelevel.metrics;

/**
 * Deferred items (email, tickets) received in a period, judged against their due times as of one instant.
 *
 * @param notYetDue items with no reply whose due time is still ahead: neither met nor missed yet
 */
public record ItemCounts(long received, long replied, long repliedOnTime, long notYetDue, double firstReplySeconds) {

    public static final ItemCounts ZERO = new ItemCounts(0, 0, 0, 0, 0);

    /** One item: replied on time when its first reply came at or before its due time. */
    public static ItemCounts of(java.time.Instant received, java.time.Instant firstReply, java.time.Instant due, java.time.Instant asOf) {
        if (firstReply != null && !firstReply.isAfter(asOf)) {
            return new ItemCounts(1, 1, firstReply.isAfter(due) ? 0 : 1, 0,
                    java.time.Duration.between(received, firstReply).toMillis() / 1000.0);
        }
        return new ItemCounts(1, 0, 0, due.isAfter(asOf) ? 1 : 0, 0);
    }

    public ItemCounts plus(ItemCounts o) {
        return new ItemCounts(received + o.received, replied + o.replied, repliedOnTime + o.repliedOnTime,
                notYetDue + o.notYetDue, firstReplySeconds + o.firstReplySeconds);
    }

    public boolean isEmpty() {
        return received == 0;
    }
}
