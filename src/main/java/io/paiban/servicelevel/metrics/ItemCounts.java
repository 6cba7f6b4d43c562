package io.paiban.servicelevel.metrics;

/**
 * Deferred items (email, tickets) received in a period, judged against their due times as of one instant.
 *
 * @param notYetDue items with no reply whose due time is still ahead: neither met nor missed yet
 */
public record ItemCounts(long received, long replied, long repliedOnTime, long notYetDue, double firstReplySeconds) {

    public static final ItemCounts ZERO = new ItemCounts(0, 0, 0, 0, 0);

    public ItemCounts plus(ItemCounts o) {
        return new ItemCounts(received + o.received, replied + o.replied, repliedOnTime + o.repliedOnTime,
                notYetDue + o.notYetDue, firstReplySeconds + o.firstReplySeconds);
    }

    public boolean isEmpty() {
        return received == 0;
    }
}
