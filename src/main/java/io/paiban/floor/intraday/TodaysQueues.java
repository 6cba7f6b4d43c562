package io.paiban.floor.intraday;

import io.paiban.floor.intraday.engine.ErlangServiceCurve;
import io.paiban.floor.intraday.engine.PlanInput.QueueDay;
import io.paiban.floor.intraday.engine.PlanInput.Slot;
import io.paiban.floor.intraday.engine.ServiceCurve;
import io.paiban.floor.intraday.engine.WorkloadServiceCurve;
import io.paiban.kernel.Channel;
import io.paiban.kernel.TargetKind;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.forecast.ForecastDtos;
import io.paiban.planning.forecast.ForecastReportService;
import io.paiban.planning.forecast.ForecastRun;
import io.paiban.planning.staffing.model.ChatConcurrency;
import io.paiban.planning.staffing.model.CustomerPatience;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.ServiceTarget;
import io.paiban.platform.error.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The day's queues of a site on one interval grid: the newest forecast run covering the instant (with the
 * supervisor's adjustments), the actuals imported so far, and the curve that turns agents into service.
 */
@ApplicationScoped
public class TodaysQueues {

    @Inject
    ForecastReportService forecastReports;

    @Inject
    ActualsSoFar actuals;

    /** The newest forecast run of the site covering the instant; 422 when there is none. */
    ForecastRun runCovering(long siteId, Instant at) {
        ForecastRun run = ForecastRun.<ForecastRun>find("siteId = ?1 and horizonStart <= ?2 and horizonEnd > ?2", Sort.descending("id"),
                siteId, at).firstResult();
        if (run == null) {
            throw ApiException.unprocessable("No forecast run of site " + siteId + " covers " + at + "; run a forecast first");
        }
        return run;
    }

    /** Each queue of the site with a forecast in [from, to): its intervals, with actuals before {@code at}. */
    List<QueueDay> read(ForecastRun run, long siteId, Instant from, Instant to, Instant at) {
        int minutes = run.intervalMinutes;
        List<ServiceQueue> queues = ServiceQueue.list("site.id", Sort.by("id"), siteId);
        List<Long> ids = queues.stream().map(q -> q.id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeMap<Instant, double[]>> forecast = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        for (ForecastDtos.ValueView v : forecastReports.values(run.id, null, from, to)) {
            if (wanted.contains(v.queueId())) { // the supervisor's adjustments are part of the forecast
                forecast.computeIfAbsent(v.queueId(), k -> new TreeMap<>())
                        .put(v.intervalStart(), new double[]{Math.max(0, v.adjustedVolume()), v.ahtSeconds()});
            }
        }
        Map<Long, Map<Instant, double[]>> actual = actuals.read(ids, from, at, minutes);
        List<QueueDay> days = new ArrayList<>();
        for (ServiceQueue q : queues) {
            TreeMap<Instant, double[]> values = forecast.get(q.id);
            if (values == null) {
                continue;
            }
            List<Slot> slots = new ArrayList<>();
            Map<Instant, double[]> seen = actual.getOrDefault(q.id, Map.of());
            values.forEach((start, v) -> {
                double[] a = seen.get(start);
                Double volume = a == null ? null : a[0];
                Double aht = a == null || a[1] <= 0 ? null : a[2] / a[1];
                slots.add(new Slot(start, v[0], v[1] > 0 ? v[1] : q.defaultHandleSeconds, volume, aht));
            });
            days.add(new QueueDay(q.id, q.code, q.target.targetShare.doubleValue(), curve(q, minutes), slots));
        }
        return days;
    }

    static ServiceCurve curve(ServiceQueue q, int minutes) {
        if (q.channel.isDeferred() || q.target.kind != TargetKind.ANSWER_WITHIN || q.target.thresholdSeconds == null) {
            return new WorkloadServiceCurve(minutes);
        }
        QueueModel model = q.channel == Channel.CHAT && q.chatConcurrency > 1
                ? QueueModel.chat(ChatConcurrency.of(q.chatConcurrency, 0.0), CustomerPatience.infinite())
                : QueueModel.erlangC();
        return new ErlangServiceCurve(model, ServiceTarget.of(q.target.targetShare.doubleValue(), q.target.thresholdSeconds), minutes);
    }
}
