package io.paiban.planning.staffing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.planning.forecast.ForecastDtos.ValueView;
import io.paiban.planning.forecast.ForecastQueueResult;
import io.paiban.planning.forecast.ForecastReportService;
import io.paiban.planning.forecast.ForecastRun;
import io.paiban.planning.forecast.OpeningSchedule;
import io.paiban.platform.error.ApiException;
import io.paiban.kernel.Channel;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.staffing.StaffingRunDtos.DayView;
import io.paiban.planning.staffing.StaffingRunDtos.IntervalView;
import io.paiban.planning.staffing.StaffingRunDtos.QueueSummary;
import io.paiban.planning.staffing.StaffingRunDtos.StaffingRunRequest;
import io.paiban.planning.staffing.StaffingRunDtos.StaffingRunView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Staffing runs: a forecast run in, required agents per queue and interval out, stored and reported. */
@ApplicationScoped
public class StaffingRunService {

    @Inject
    ForecastReportService forecasts;

    @Inject
    ShrinkageRuleService shrinkage;

    @Inject
    StaffingStore store;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.enterprise.inject.Instance<PendingDeferredWork> pendingWork;

    private final QueueStaffingPlanner planner = new QueueStaffingPlanner();

    @Transactional
    public StaffingRunView create(StaffingRunRequest request) {
        long started = System.nanoTime();
        ForecastRun forecast = ForecastRun.<ForecastRun>findByIdOptional(request.forecastRunId())
                .orElseThrow(() -> ApiException.invalidField("forecastRunId", "forecast run " + request.forecastRunId() + " does not exist"));
        List<ForecastQueueResult> queues = ForecastQueueResult.list("runId", Sort.by("queueId"), forecast.id);
        if (queues.isEmpty()) {
            throw ApiException.unprocessable("Forecast run " + forecast.id + " has no forecast to staff");
        }
        ShrinkagePolicy policy = shrinkage.policy();
        StaffingOptions options = request.options();
        String quantile = volumeQuantile(forecast, request.volumeQuantile());
        List<IntervalRequirement> all = new ArrayList<>();
        Map<Long, List<Instant>> pending = new java.util.HashMap<>();
        for (PendingDeferredWork source : pendingWork) {
            source.pending(queues.stream().map(q -> q.queueId).toList())
                    .forEach(i -> pending.computeIfAbsent(i.queueId(), k -> new ArrayList<>()).add(i.arrivesAt()));
        }
        Map<String, Integer> pendingCounted = new java.util.TreeMap<>();
        for (ForecastQueueResult result : queues) {
            ServiceQueue queue = ServiceQueue.findById(result.queueId);
            List<IntervalLoad> loads = loads(forecast, queue, policy, quantile);
            if (queue.channel.isDeferred() && pending.containsKey(queue.id)) {
                int counted = addPending(loads, pending.get(queue.id), forecast.intervalMinutes);
                if (counted > 0) {
                    pendingCounted.put(queue.code, counted);
                }
            }
            all.addAll(planner.plan(queue, forecast.intervalMinutes, loads, options));
        }
        StaffingRun run = new StaffingRun();
        run.forecastRunId = forecast.id;
        run.label = request.label();
        run.horizonStart = forecast.horizonStart;
        run.horizonEnd = forecast.horizonEnd;
        run.intervalMinutes = forecast.intervalMinutes;
        Map<String, Object> parameters = new java.util.LinkedHashMap<>(json.convertValue(options, Map.class));
        parameters.put("volumeQuantile", quantile);
        if (!pendingCounted.isEmpty()) {
            parameters.put("pendingDeferredItems", pendingCounted);
        }
        run.parameters = toJson(parameters);
        run.elapsedMs = 0;
        run.persistAndFlush();
        store.insert(run.id, all);
        run.elapsedMs = (System.nanoTime() - started) / 1_000_000;
        return view(run, all);
    }

    /** The forecast grid of one queue, with its opening hours and shrinkage in the site's zone. */
    /**
     * "mean", or "lower"/"upper" for pNN matching the forecast run's stored quantile levels; anything else is a 400
     * naming the levels this run has.
     */
    private String volumeQuantile(ForecastRun forecast, String requested) {
        if (requested == null || requested.isBlank() || requested.equalsIgnoreCase("mean")) {
            return "mean";
        }
        Map<String, Object> p = forecast.parameters == null ? Map.of() : fromJson(forecast.parameters);
        Object lower = p.get("lowerQuantile");
        Object upper = p.get("upperQuantile");
        if (!(lower instanceof Number) || !(upper instanceof Number)) {
            throw ApiException.invalidField("volumeQuantile", "forecast run " + forecast.id
                    + " has no prediction bounds (made before they existed); staff to mean or run the forecast again");
        }
        String lowerName = "p" + Math.round(((Number) lower).doubleValue() * 100);
        String upperName = "p" + Math.round(((Number) upper).doubleValue() * 100);
        if (requested.equalsIgnoreCase(lowerName)) {
            return lowerName;
        }
        if (requested.equalsIgnoreCase(upperName)) {
            return upperName;
        }
        throw ApiException.invalidField("volumeQuantile", "'" + requested + "' is not one of mean, " + lowerName + ", " + upperName
                + " (the bounds forecast run " + forecast.id + " stores)");
    }

    /**
     * The volume of one interval at the chosen quantile: the adjusted volume for mean; for a bound, the bound scaled by
     * the supervisor adjustments (adjusted / volume) so an adjustment moves the bounds with the forecast.
     */
    static double volumeAt(ValueView value, String quantile, String lowerName) {
        double adjusted = Math.max(0, value.adjustedVolume());
        if ("mean".equals(quantile)) {
            return adjusted;
        }
        Double bound = quantile.equals(lowerName) ? value.lowerVolume() : value.upperVolume();
        if (bound == null) {
            return adjusted;
        }
        return value.volume() > 0 ? bound * adjusted / value.volume() : adjusted;
    }

    /**
     * Adds waiting items (follow-ups of unpaid orders) to the volume of the interval they arrive in, or the first interval
     * when they arrived before the horizon; items arriving after the horizon are not this run's work. Returns the items added.
     */
    static int addPending(List<IntervalLoad> loads, List<Instant> arrivals, int intervalMinutes) {
        if (loads.isEmpty()) {
            return 0;
        }
        Instant end = loads.get(loads.size() - 1).start().plusSeconds(intervalMinutes * 60L);
        double[] extra = new double[loads.size()];
        int counted = 0;
        for (Instant at : arrivals) {
            if (!at.isBefore(end)) {
                continue;
            }
            int k = 0;
            while (k + 1 < loads.size() && !loads.get(k + 1).start().isAfter(at)) {
                k++;
            }
            extra[k]++;
            counted++;
        }
        for (int k = 0; k < loads.size(); k++) {
            if (extra[k] > 0) {
                IntervalLoad l = loads.get(k);
                loads.set(k, new IntervalLoad(l.start(), l.localStart(), l.open(), l.volume() + extra[k], l.ahtSeconds(), l.shrinkage()));
            }
        }
        return counted;
    }

    private List<IntervalLoad> loads(ForecastRun forecast, ServiceQueue queue, ShrinkagePolicy policy, String quantile) {
        Map<String, Object> forecastParameters = forecast.parameters == null ? Map.of() : fromJson(forecast.parameters);
        String lowerName = forecastParameters.get("lowerQuantile") instanceof Number n ? "p" + Math.round(n.doubleValue() * 100) : "";
        ZoneId zone = queue.site.zone();
        OpeningSchedule schedule = new OpeningSchedule(queue.openingHours);
        Map<Instant, ValueView> values = forecasts.values(forecast.id, queue.id, null, null).stream()
                .collect(Collectors.toMap(ValueView::intervalStart, v -> v, (a, b) -> a));
        List<IntervalLoad> loads = new ArrayList<>();
        long step = forecast.intervalMinutes * 60L;
        for (Instant t = forecast.horizonStart; t.isBefore(forecast.horizonEnd); t = t.plusSeconds(step)) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            ValueView value = values.get(t);
            double volume = value == null ? 0 : volumeAt(value, quantile, lowerName);
            double aht = value == null || !(value.ahtSeconds() > 0) ? queue.defaultHandleSeconds : value.ahtSeconds();
            loads.add(new IntervalLoad(t, local, schedule.isOpen(local, forecast.intervalMinutes), volume, aht,
                    policy.shrinkage(queue.id, local.toLocalDate())));
        }
        return loads;
    }

    public List<StaffingRunView> list(Long forecastRunId) {
        List<StaffingRun> runs = forecastRunId == null
                ? StaffingRun.listAll(Sort.descending("id"))
                : StaffingRun.list("forecastRunId", Sort.descending("id"), forecastRunId);
        return runs.stream().map(run -> view(run, store.values(run.id, null, null, null))).toList();
    }

    public StaffingRunView get(long id) {
        StaffingRun run = find(id);
        return view(run, store.values(run.id, null, null, null));
    }

    public List<IntervalView> intervals(long id, Long queueId, Instant from, Instant to) {
        find(id);
        return store.values(id, queueId, from, to).stream().map(IntervalView::of).toList();
    }

    public List<DayView> days(long id, Long queueId) {
        StaffingRun run = find(id);
        Map<Long, ZoneId> zones = new HashMap<>();
        Map<String, List<IntervalRequirement>> byDay = new LinkedHashMap<>();
        for (IntervalRequirement r : store.values(id, queueId, null, null)) {
            ZoneId zone = zones.computeIfAbsent(r.queueId(), q -> ServiceQueue.<ServiceQueue>findById(q).site.zone());
            LocalDate day = LocalDate.ofInstant(r.intervalStart(), zone);
            byDay.computeIfAbsent(r.queueId() + "|" + day, k -> new ArrayList<>()).add(r);
        }
        double hours = run.intervalMinutes / 60.0;
        List<DayView> days = new ArrayList<>();
        byDay.forEach((key, rows) -> {
            IntervalRequirement first = rows.get(0);
            days.add(new DayView(first.queueId(), LocalDate.ofInstant(first.intervalStart(), zones.get(first.queueId())),
                    rows.stream().mapToInt(IntervalRequirement::rawAgents).max().orElse(0),
                    rows.stream().mapToInt(IntervalRequirement::scheduledAgents).max().orElse(0),
                    rows.stream().mapToInt(IntervalRequirement::rawAgents).sum() * hours,
                    rows.stream().mapToInt(IntervalRequirement::scheduledAgents).sum() * hours,
                    rows.stream().mapToDouble(IntervalRequirement::volume).sum()));
        });
        return days;
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
    }

    private StaffingRun find(long id) {
        return StaffingRun.<StaffingRun>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Staffing run", id));
    }

    private StaffingRunView view(StaffingRun run, List<IntervalRequirement> values) {
        Map<Long, List<IntervalRequirement>> byQueue = values.stream()
                .collect(Collectors.groupingBy(IntervalRequirement::queueId, LinkedHashMap::new, Collectors.toList()));
        double hours = run.intervalMinutes / 60.0;
        List<QueueSummary> queues = new ArrayList<>();
        byQueue.forEach((queueId, rows) -> {
            ServiceQueue queue = ServiceQueue.findById(queueId);
            double volume = rows.stream().mapToDouble(IntervalRequirement::volume).sum();
            double weighted = rows.stream().filter(r -> r.serviceLevel() != null).mapToDouble(r -> r.serviceLevel() * r.volume()).sum();
            double weightedVolume = rows.stream().filter(r -> r.serviceLevel() != null).mapToDouble(IntervalRequirement::volume).sum();
            Double backlog = queue.channel.isDeferred()
                    ? rows.stream().map(IntervalRequirement::backlogItems).filter(b -> b != null).max(Comparator.naturalOrder()).orElse(0.0)
                    : null;
            queues.add(new QueueSummary(queueId, queue.code, queue.channel.name(), modelName(queue, run),
                    rows.stream().mapToInt(IntervalRequirement::rawAgents).max().orElse(0),
                    rows.stream().mapToInt(IntervalRequirement::scheduledAgents).max().orElse(0),
                    rows.stream().mapToInt(IntervalRequirement::rawAgents).sum() * hours,
                    rows.stream().mapToInt(IntervalRequirement::scheduledAgents).sum() * hours,
                    volume, weightedVolume > 0 ? weighted / weightedVolume : null, backlog));
        });
        return new StaffingRunView(run.id, run.forecastRunId, run.label, run.horizonStart, run.horizonEnd, run.intervalMinutes,
                fromJson(run.parameters), run.elapsedMs, run.createdAt, queues);
    }

    private String modelName(ServiceQueue queue, StaffingRun run) {
        Map<String, Object> parameters = fromJson(run.parameters);
        if (queue.channel.isDeferred()) {
            return "DEADLINE_EDF";
        }
        Object patience = parameters.get(queue.channel == Channel.CHAT ? "chatPatienceSeconds" : "phonePatienceSeconds");
        String erlang = patience == null ? "ERLANG_C" : "ERLANG_A";
        return queue.chatConcurrency > 1 ? "CHAT_" + erlang : erlang;
    }

    private String toJson(Object options) {
        try {
            return json.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fromJson(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
