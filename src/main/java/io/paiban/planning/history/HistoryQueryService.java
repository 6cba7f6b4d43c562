package io.paiban.planning.history;

import io.paiban.planning.history.HistoryDtos.CoverageView;
import io.paiban.planning.history.HistoryDtos.HistoryRowView;
import io.paiban.platform.error.ApiException;
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
