package io.paiban.planning.forecast;

import io.paiban.planning.forecast.ForecastDtos.AccuracyRow;
import io.paiban.planning.forecast.ForecastDtos.AdjustmentRequest;
import io.paiban.planning.forecast.ForecastDtos.AdjustmentView;
import io.paiban.planning.forecast.ForecastDtos.CompareRow;
import io.paiban.planning.forecast.ForecastDtos.CompareView;
import io.paiban.planning.forecast.ForecastDtos.ValueView;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.QueryParams;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.site.Site;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What supervisors do with runs: read the values (model output and adjusted), adjust by hand, compare two
 * runs by day, and check past forecasts against what actually came.
 */
@ApplicationScoped
public class ForecastReportService {

    @Inject
    ForecastRunService runs;

    @Inject
    ForecastStore store;

    @Inject
    AccessScope scope;

    public List<ValueView> values(long runId, Long queueId, Instant from, Instant to) {
        ForecastRun run = runs.find(runId);
        Instant start = from == null || from.isBefore(run.horizonStart) ? run.horizonStart : from;
        Instant end = to == null || to.isAfter(run.horizonEnd) ? run.horizonEnd : to;
        List<ForecastAdjustment> adjustments = adjustments(runId);
        return store.values(List.of(runId), queueId == null ? List.of() : List.of(queueId), start, end).stream()
                .map(v -> new ValueView(v.queueId(), v.intervalStart(), v.baseVolume(), v.volume(),
                        adjusted(adjustments, v.queueId(), v.intervalStart(), v.volume()), v.ahtSeconds(), v.lower(), v.upper()))
                .toList();
    }

    /** Model output with every adjustment of the run applied in the order they were made. */
    static double adjusted(List<ForecastAdjustment> adjustments, long queueId, Instant t, double volume) {
        double value = volume;
        for (ForecastAdjustment a : adjustments) {
            value = a.apply(queueId, t, value);
        }
        return value;
    }

    List<ForecastAdjustment> adjustments(long runId) {
        return ForecastAdjustment.list("runId", Sort.by("id"), runId);
    }

    public List<AdjustmentView> listAdjustments(long runId) {
        runs.find(runId);
        return adjustments(runId).stream().map(AdjustmentView::of).toList();
    }

    @Transactional
    public AdjustmentView adjust(long runId, AdjustmentRequest request) {
        ForecastRun run = runs.find(runId);
        if (!request.to().isAfter(request.from())) {
            throw ApiException.invalidField("to", "must be after from");
        }
        if (request.to().isBefore(run.horizonStart) || !request.from().isBefore(run.horizonEnd)) {
            throw ApiException.invalidField("from", "the range lies outside the run's horizon " + run.horizonStart + " - " + run.horizonEnd);
        }
        if (request.queueId() != null && ForecastQueueResult.count("runId = ?1 and queueId = ?2", runId, request.queueId()) == 0) {
            throw ApiException.invalidField("queueId", "queue " + request.queueId() + " is not in run " + runId);
        }
        if (request.kind() == AdjustmentKind.PERCENT && request.amount() < -100) {
            throw ApiException.invalidField("amount", "a percentage below -100 would make volume negative");
        }
        ForecastAdjustment a = new ForecastAdjustment();
        a.runId = runId;
        a.queueId = request.queueId();
        a.from = request.from();
        a.to = request.to();
        a.kind = request.kind();
        a.amount = request.amount();
        a.reason = request.reason();
        a.createdBy = scope.actor();
        a.persistAndFlush();
        return AdjustmentView.of(a);
    }

    @Transactional
    public void deleteAdjustment(long runId, long adjustmentId) {
        ForecastAdjustment a = ForecastAdjustment.<ForecastAdjustment>findByIdOptional(adjustmentId)
                .filter(x -> x.runId == runId).orElseThrow(() -> ApiException.notFound("Adjustment", adjustmentId));
        a.delete();
    }

    /** Adjusted volume per queue and site-local day in both runs, over the days both cover. */
    public CompareView compare(long baseId, long otherId) {
        ForecastRun base = runs.find(baseId);
        ForecastRun other = runs.find(otherId);
        Instant from = base.horizonStart.isAfter(other.horizonStart) ? base.horizonStart : other.horizonStart;
        Instant to = base.horizonEnd.isBefore(other.horizonEnd) ? base.horizonEnd : other.horizonEnd;
        if (!to.isAfter(from)) {
            throw ApiException.unprocessable("Runs " + baseId + " and " + otherId + " have no horizon in common");
        }
        ZoneId zone = zoneOf(base);
        Map<Long, TreeMap<LocalDate, double[]>> byQueue = new TreeMap<>();
        accumulate(byQueue, baseId, from, to, zone, 0);
        accumulate(byQueue, otherId, from, to, zone, 1);
        Map<Long, String> codes = codes(byQueue.keySet());
        List<CompareRow> days = new ArrayList<>();
        List<CompareRow> totals = new ArrayList<>();
        byQueue.forEach((queueId, byDay) -> {
            double[] total = new double[2];
            byDay.forEach((day, sums) -> {
                days.add(row(queueId, codes.get(queueId), day, sums));
                total[0] += sums[0];
                total[1] += sums[1];
            });
            totals.add(row(queueId, codes.get(queueId), null, total));
        });
        return new CompareView(baseId, otherId, days, totals);
    }

    private void accumulate(Map<Long, TreeMap<LocalDate, double[]>> byQueue, long runId, Instant from, Instant to, ZoneId zone, int slot) {
        List<ForecastAdjustment> adjustments = adjustments(runId);
        for (ForecastStore.StoredValue v : store.values(List.of(runId), List.of(), from, to)) {
            double value = adjusted(adjustments, v.queueId(), v.intervalStart(), v.volume());
            byQueue.computeIfAbsent(v.queueId(), q -> new TreeMap<>())
                    .computeIfAbsent(LocalDate.ofInstant(v.intervalStart(), zone), d -> new double[2])[slot] += value;
        }
    }

    private static CompareRow row(long queueId, String code, LocalDate day, double[] sums) {
        double difference = sums[1] - sums[0];
        return new CompareRow(queueId, code, day, round(sums[0]), round(sums[1]), round(difference),
                sums[0] > 0 ? round(100 * difference / sums[0]) : null);
    }

    /**
     * For each queue and site-local week (Monday start) in [from, to): the forecast of the latest run that
     * covers each interval (adjusted) against the stored offered volume, over the intervals with both.
     * WAPE = sum|f - a| / sum a and bias = sum(f - a) / sum a, as in the backtest.
     */
    public List<AccuracyRow> accuracy(Long siteId, Long queueId, LocalDate from, LocalDate to) {
        return accuracy(siteId, queueId, from, to, null);
    }

    /** With the API's time parameters: a date, or a date-time taken as its day in the site zone of the queues. */
    public List<AccuracyRow> accuracy(Long siteId, Long queueId, QueryParams.Time from, QueryParams.Time to, Long runId) {
        ZoneId zone = ZoneId.of(Site.DEFAULT_TIME_ZONE);
        if (queueId != null) {
            zone = ServiceQueue.<ServiceQueue>findByIdOptional(queueId).map(q -> q.site.zone()).orElse(zone);
        } else if (siteId != null) {
            zone = Site.<Site>findByIdOptional(siteId).map(Site::zone).orElse(zone);
        } else if (runId != null) {
            zone = ForecastRun.<ForecastRun>findByIdOptional(runId).map(ForecastReportService::zoneOf).orElse(zone);
        }
        return accuracy(siteId, queueId, from.toLocalDate(zone), to.toLocalDate(zone), runId);
    }

    /**
     * As above; with {@code runId} every interval is scored against that run only (any run, not only the
     * latest covering the interval), and the queues default to the run's queues.
     */
    public List<AccuracyRow> accuracy(Long siteId, Long queueId, LocalDate from, LocalDate to, Long runId) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw ApiException.invalidField("to", "give from < to (local dates)");
        }
        List<ServiceQueue> queues;
        if (runId != null) {
            ForecastRun.<ForecastRun>findByIdOptional(runId).orElseThrow(() -> ApiException.notFound("Forecast run", runId));
        }
        if (runId != null && queueId == null && siteId == null) {
            List<Long> ids = ForecastQueueResult.<ForecastQueueResult>list("runId", runId).stream().map(r -> r.queueId).toList();
            queues = ids.isEmpty() ? List.of() : ServiceQueue.list("id in ?1", Sort.by("code"), ids);
        } else if (queueId != null) {
            queues = List.of(ServiceQueue.<ServiceQueue>findByIdOptional(queueId).orElseThrow(() -> ApiException.notFound("Queue", queueId)));
        } else if (siteId != null) {
            Site.<Site>findByIdOptional(siteId).orElseThrow(() -> ApiException.notFound("Site", siteId));
            queues = ServiceQueue.list("site.id", Sort.by("code"), siteId);
        } else {
            throw ApiException.invalidField("siteId", "give siteId, queueId or runId");
        }
        List<AccuracyRow> rows = new ArrayList<>();
        Map<Long, List<ForecastAdjustment>> adjustmentsOfRun = new HashMap<>();
        for (ServiceQueue queue : queues) {
            ZoneId zone = queue.site.zone();
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = to.atStartOfDay(zone).toInstant();
            // Newest run first: the first value seen for an interval is the one that counts.
            Map<Instant, ForecastStore.StoredValue> latest = new HashMap<>();
            for (ForecastStore.StoredValue v : store.values(runId == null ? List.of() : List.of(runId), List.of(queue.id), start, end)) {
                latest.putIfAbsent(v.intervalStart(), v);
            }
            Map<Instant, Double> actual = store.offered(queue.id, start, end);
            Map<LocalDate, double[]> byWeek = new TreeMap<>();
            Map<LocalDate, TreeSet<Long>> runsOfWeek = new HashMap<>();
            for (Map.Entry<Instant, ForecastStore.StoredValue> e : latest.entrySet()) {
                Double a = actual.get(e.getKey());
                if (a == null) {
                    continue; // not recorded: no actual to score against
                }
                ForecastStore.StoredValue v = e.getValue();
                double f = adjusted(adjustmentsOfRun.computeIfAbsent(v.runId(), this::adjustments), queue.id, v.intervalStart(), v.volume());
                LocalDate week = LocalDate.ofInstant(e.getKey(), zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                double[] s = byWeek.computeIfAbsent(week, w -> new double[8]);
                s[0] += 1;
                s[1] += a;
                s[2] += f;
                s[3] += Math.abs(f - a);
                s[4] += f - a;
                s[5] += Math.abs(v.volume() - a);
                if (v.lower() != null && v.upper() != null && !(a == 0 && v.upper() <= 0)) {
                    s[6] += 1;
                    if (a >= v.lower() - 1e-9 && a <= v.upper() + 1e-9) {
                        s[7] += 1;
                    }
                }
                runsOfWeek.computeIfAbsent(week, w -> new TreeSet<>()).add(v.runId());
            }
            byWeek.forEach((week, s) -> rows.add(new AccuracyRow(queue.id, queue.code, week, (int) s[0], round(s[1]), round(s[2]),
                    s[1] > 0 ? round4(s[3] / s[1]) : null, s[1] > 0 ? round4(s[4] / s[1]) : null,
                    s[1] > 0 ? round4(s[5] / s[1]) : null, new ArrayList<>(runsOfWeek.get(week)),
                    s[6] > 0 ? round4(s[7] / s[6]) : null, (int) s[6])));
        }
        return rows;
    }

    private static ZoneId zoneOf(ForecastRun run) {
        if (run.siteId != null) {
            return Site.<Site>findByIdOptional(run.siteId).map(Site::zone).orElse(ZoneId.of(Site.DEFAULT_TIME_ZONE));
        }
        return ZoneId.of(Site.DEFAULT_TIME_ZONE);
    }

    private static Map<Long, String> codes(java.util.Collection<Long> ids) {
        Map<Long, String> codes = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            ServiceQueue.<ServiceQueue>list("id in ?1", List.copyOf(ids)).forEach(q -> codes.put(q.id, q.code));
        }
        return codes;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
