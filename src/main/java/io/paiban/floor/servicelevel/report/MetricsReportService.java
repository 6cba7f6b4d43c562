package io.paiban.floor.servicelevel.report;

import io.paiban.masterdata.client.Client;
import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.security.AccessScope;
import io.paiban.floor.servicelevel.actuals.ActualsStore.ItemRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.LiveRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.QualityRow;
import io.paiban.floor.servicelevel.calendar.DueTimes;
import io.paiban.floor.servicelevel.metrics.AgentTimeCounts;
import io.paiban.floor.servicelevel.metrics.ComplaintCounts;
import io.paiban.floor.servicelevel.metrics.Granularity;
import io.paiban.floor.servicelevel.metrics.ItemCounts;
import io.paiban.floor.servicelevel.metrics.LiveCounts;
import io.paiban.floor.servicelevel.metrics.Metric;
import io.paiban.floor.servicelevel.metrics.MetricFormulas;
import io.paiban.floor.servicelevel.metrics.QualityCounts;
import io.paiban.floor.servicelevel.metrics.ScheduledAgentTime.AgentInterval;
import io.paiban.floor.servicelevel.report.MetricsDtos.ClientSummaryView;
import io.paiban.floor.servicelevel.report.MetricsDtos.DefinitionView;
import io.paiban.floor.servicelevel.report.MetricsDtos.PeriodView;
import io.paiban.floor.servicelevel.report.MetricsDtos.ReportView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Metrics per queue or client, per interval, day, week or month (site-local), from the imported actuals. */
@ApplicationScoped
public class MetricsReportService {

    static final int MAX_INTERVAL_DAYS = 31;
    static final int MAX_DAYS = 366;

    @Inject
    AccessScope access;

    @Inject
    ActualsLoader loader;

    public List<DefinitionView> definitions() {
        return Arrays.stream(Metric.values()).map(DefinitionView::of).toList();
    }

    public ReportView queueReport(long queueId, LocalDate from, LocalDate to, Granularity granularity) {
        ServiceQueue queue = ServiceQueue.<ServiceQueue>findByIdOptional(queueId).orElseThrow(() -> ApiException.notFound("Queue", queueId));
        access.requireClient(queue.client.id);
        checkRange(from, to, granularity);
        ScopeActuals actuals = loader.load(List.of(QueueInfo.of(queue)), from, to);
        return new ReportView("queue", queueId, queue.code, granularity.name(), from, to, Instant.now(),
                periods(actuals, granularity, Instant.now()));
    }

    public ReportView clientReport(long clientId, LocalDate from, LocalDate to, Granularity granularity) {
        access.requireClient(clientId);
        Client client = Client.<Client>findByIdOptional(clientId).orElseThrow(() -> ApiException.notFound("Client", clientId));
        checkRange(from, to, granularity);
        Instant asOf = Instant.now();
        ScopeActuals actuals = loader.load(clientQueues(clientId), clientId, from, to);
        return new ReportView("client", clientId, client.code, granularity.name(), from, to, asOf, periods(actuals, granularity, asOf));
    }

    /** Totals per client the caller may see. */
    public List<ClientSummaryView> clientSummaries(LocalDate from, LocalDate to) {
        checkRange(from, to, Granularity.MONTH);
        Instant asOf = Instant.now();
        Set<Long> visible = access.visibleClientIds().orElse(null);
        return Client.<Client>listAll(Sort.by("code")).stream()
                .filter(c -> visible == null || visible.contains(c.id))
                .map(c -> new ClientSummaryView(c.id, c.code, total(loader.load(clientQueues(c.id), c.id, from, to), asOf, from.toString())))
                .toList();
    }

    public static List<QueueInfo> clientQueues(long clientId) {
        return ServiceQueue.<ServiceQueue>list("client.id", Sort.by("code"), clientId).stream().map(QueueInfo::of).toList();
    }

    private static void checkRange(LocalDate from, LocalDate to, Granularity granularity) {
        if (from == null || to == null) {
            throw ApiException.invalidField(from == null ? "from" : "to", "required (a site-local date, 2026-11-01)");
        }
        if (to.isBefore(from)) {
            throw ApiException.invalidField("to", "must not be before from");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int max = granularity == Granularity.INTERVAL ? MAX_INTERVAL_DAYS : MAX_DAYS;
        if (days > max) {
            throw ApiException.invalidField("to", "at most " + max + " days per report at " + granularity + " granularity");
        }
    }

    static List<PeriodView> periods(ScopeActuals actuals, Granularity granularity, Instant asOf) {
        Map<String, Sums> buckets = new TreeMap<>();
        for (LiveRow r : actuals.live()) {
            bucket(buckets, granularity, LocalDateTime.ofInstant(r.start(), actuals.queues().get(r.queueId()).zone())).live(r.counts());
        }
        for (ItemRow r : actuals.items()) {
            QueueInfo q = actuals.queues().get(r.queueId());
            Instant due = DueTimes.due(q.target(), r.received(), q.calendar());
            bucket(buckets, granularity, LocalDateTime.ofInstant(r.received(), q.zone())).items(ItemCounts.of(r.received(), r.firstReply(), due, asOf));
        }
        if (granularity != Granularity.INTERVAL) {
            for (QualityRow r : actuals.quality()) {
                bucket(buckets, granularity, r.date().atStartOfDay()).quality(r.counts());
            }
        }
        for (AgentInterval i : actuals.agentTime()) {
            bucket(buckets, granularity, LocalDateTime.ofInstant(i.start(), i.zone())).time(i.counts());
        }
        for (ScopeActuals.Complaint c : actuals.complaints()) {
            bucket(buckets, granularity, LocalDateTime.ofInstant(c.received(), c.zone()))
                    .complaints(ComplaintCounts.of(c.received(), c.closed(), c.due(), asOf));
        }
        return buckets.entrySet().stream().map(e -> e.getValue().view(e.getKey())).toList();
    }

    static PeriodView total(ScopeActuals actuals, Instant asOf, String label) {
        Sums sums = new Sums();
        for (PeriodView p : periods(actuals, Granularity.MONTH, asOf)) {
            sums.live(p.live());
            sums.items(p.items());
            sums.quality(p.quality());
            sums.time(p.agentTime());
            sums.complaints(p.complaints());
        }
        return sums.view(label);
    }

    private static Sums bucket(Map<String, Sums> buckets, Granularity granularity, LocalDateTime local) {
        return buckets.computeIfAbsent(granularity.label(local), k -> new Sums());
    }

    /** Rounds for display: ratios to 4 decimals, seconds to 1, half-up. */
    public static Map<String, Double> rounded(Map<Metric, Double> metrics) {
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((m, v) -> out.put(m.id(), BigDecimal.valueOf(v)
                .setScale(switch (m.unit()) {
                    case RATIO -> 4;
                    case PER_HOUR -> 2;
                    case SECONDS -> 1;
                }, RoundingMode.HALF_UP).doubleValue()));
        return out;
    }

    private static final class Sums {
        LiveCounts live = LiveCounts.ZERO;
        ItemCounts items = ItemCounts.ZERO;
        QualityCounts quality = QualityCounts.ZERO;
        AgentTimeCounts time = AgentTimeCounts.ZERO;
        ComplaintCounts complaints = ComplaintCounts.ZERO;

        void live(LiveCounts c) {
            live = live.plus(c);
        }

        void items(ItemCounts c) {
            items = items.plus(c);
        }

        void quality(QualityCounts c) {
            quality = quality.plus(c);
        }

        void time(AgentTimeCounts c) {
            time = time.plus(c);
        }

        void complaints(ComplaintCounts c) {
            complaints = complaints.plus(c);
        }

        PeriodView view(String label) {
            return new PeriodView(label, live, items, quality, time, complaints,
                    rounded(MetricFormulas.combined(live, items, quality, time, complaints)));
        }
    }
}
