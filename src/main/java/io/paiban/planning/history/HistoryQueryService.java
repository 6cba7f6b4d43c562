package io.paiban.planning.history;

import io.paiban.planning.history.HistoryDtos.CoverageView;
import io.paiban.planning.history.HistoryDtos.HistoryRowView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.QueryParams;
import io.paiban.masterdata.queue.ServiceQueue;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads stored interval actuals back: per-queue coverage and the rows of a time range. */
@ApplicationScoped
public class HistoryQueryService {

    static final int MAX_ROWS = 20_000;

    @Inject
    IntervalActuals actuals;

    public List<HistoryRowView> rows(long queueId, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw ApiException.invalidField("to", "give from < to (ISO-8601 instants)");
        }
        return actuals.between(queueId, from, to, MAX_ROWS).stream().map(HistoryRowView::of).toList();
    }

    /** Rows of [from, to); dates and local date-times are read in the queue's site zone. */
    public List<HistoryRowView> rows(Long queueId, QueryParams.Time from, QueryParams.Time to) {
        ServiceQueue queue = queue(queueId);
        return rows(queue.id, from.toInstant(queue.site.zone()), to.toInstant(queue.site.zone()));
    }

    /** Deletes a queue's history in [from, to) so a bad import can be undone; returns the rows deleted. */
    public HistoryDtos.DeleteSummary delete(Long queueId, QueryParams.Time from, QueryParams.Time to) {
        ServiceQueue queue = queue(queueId);
        Instant start = from.toInstant(queue.site.zone());
        Instant end = to.toInstant(queue.site.zone());
        if (!end.isAfter(start)) {
            throw ApiException.invalidField("to", "must be after from");
        }
        return new HistoryDtos.DeleteSummary(queue.id, queue.code, start, end, actuals.delete(queue.id, start, end));
    }

    private static ServiceQueue queue(Long queueId) {
        if (queueId == null) {
            throw ApiException.invalidField("queueId", "is required");
        }
        return ServiceQueue.<ServiceQueue>findByIdOptional(queueId).orElseThrow(() -> ApiException.notFound("Queue", queueId));
    }

    public List<CoverageView> coverage(Long siteId) {
        List<ServiceQueue> queues = siteId == null ? ServiceQueue.listAll(Sort.by("code"))
                : ServiceQueue.list("site.id", Sort.by("code"), siteId);
        Map<Long, IntervalActuals.Coverage> coverage = actuals.coverage(queues.stream().map(q -> q.id).toList());
        return queues.stream().map(q -> {
            IntervalActuals.Coverage c = coverage.get(q.id);
            return new CoverageView(q.id, q.code, c.rows(), c.first(), c.last(), c.offered(), c.intervalMinutes());
        }).toList();
    }
}
