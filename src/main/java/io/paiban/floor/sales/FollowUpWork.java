package io.paiban.floor.sales;

import io.paiban.planning.staffing.PendingDeferredWork;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Open follow-ups of unpaid orders as deferred work for staffing: each arrives at its due time (sold + 12 h). */
@ApplicationScoped
public class FollowUpWork implements PendingDeferredWork {

    @Override
    public List<Item> pending(Collection<Long> queueIds) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        return FollowUp.<FollowUp>list("status = ?1 and queueId in ?2", FollowUp.Status.OPEN, queueIds).stream()
                .map(f -> new Item(f.queueId, f.dueAt)).toList();
    }
}
