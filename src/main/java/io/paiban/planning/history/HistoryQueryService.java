package io.paiban.planning.history;

import io.paiban.planning.history.HistoryDtos.CoverageView;
import io.paiban.planning.history.HistoryDtos.HistoryRowView;
import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.queue.ServiceQueue;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads stored history back: per-queue coverage and the rows of a time range. */
@ApplicationScoped
public class HistoryQueryService {

    static final int MAX_ROWS = 20_000;

    public List<HistoryRowView> rows(long queueId, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw ApiException.invalidField("to", "give from < to (ISO-8601 instants)");
        }
        List<ContactHistory> rows = ContactHistory.<ContactHistory>find(
                        "queueId = ?1 and intervalStart >= ?2 and intervalStart < ?3", Sort.by("intervalStart"), queueId, from, to)
                .range(0, MAX_ROWS - 1).list();
        return rows.stream().map(HistoryRowView::of).toList();
    }

    public List<CoverageView> coverage(Long siteId) {
        List<CoverageView> views = new ArrayList<>();
        List<ServiceQueue> queues = siteId == null ? ServiceQueue.listAll(Sort.by("code"))
                : ServiceQueue.list("site.id", Sort.by("code"), siteId);
        for (ServiceQueue queue : queues) {
            Object[] row = (Object[]) ContactHistory.getEntityManager().createQuery(
                            "select count(h), min(h.intervalStart), max(h.intervalStart), sum(h.offered), min(h.intervalMinutes)"
                                    + " from ContactHistory h where h.queueId = ?1")
                    .setParameter(1, queue.id).getSingleResult();
            views.add(new CoverageView(queue.id, queue.code, (Long) row[0], (Instant) row[1], (Instant) row[2],
                    (Long) row[3], row[4] == null ? null : ((Number) row[4]).intValue()));
        }
        return views;
    }
}
