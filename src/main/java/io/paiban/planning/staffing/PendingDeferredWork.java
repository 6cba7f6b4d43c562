package io.paiban.planning.staffing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Deferred work already waiting to be done, known to features above planning (the follow-ups of unpaid orders in
 * floor.sales). A staffing run adds each item to the email/ticket queue that must work it, arriving at {@code arrivesAt}
 * (or the horizon's start, when earlier), so the deadline planner staffs for it like a forecast item.
 */
public interface PendingDeferredWork {

    record Item(long queueId, Instant arrivesAt) {
    }

    /** Open items of these queues. */
    List<Item> pending(Collection<Long> queueIds);
}
