package io.paiban.planning.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.planning.forecast.ForecastDtos.BacktestRow;
import io.paiban.planning.forecast.ForecastDtos.EffectView;
import io.paiban.planning.forecast.ForecastDtos.QueueResultView;
import io.paiban.planning.forecast.ForecastDtos.RunRequest;
import io.paiban.planning.forecast.ForecastDtos.RunView;
import io.paiban.planning.forecast.model.BacktestScore;
import io.paiban.planning.forecast.model.EventEffect;
import io.paiban.planning.forecast.model.ForecastResult;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.site.Site;
import io.paiban.security.AccessScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs a forecast for a site or a set of queues: reads each queue's history onto its local grid, hands the
 * queues to {@link ForecastWorkers} (backtest and pick or force a model, calendar effects, in parallel), and
 * stores the run with its per-queue results and per-interval values as the next version of its scope, recorded
 * as made by the signed-in user.
 */
@ApplicationScoped
public class ForecastRunService {

    static final int DEFAULT_HORIZON_WEEKS = 4;
    static final int DEFAULT_HISTORY_WEEKS = 26;

    @Inject
    ForecastStore store;

    @Inject
    ForecastWorkers workers;

    @Inject
    AccessScope scope;

    @Inject
    ObjectMapper json;

    @Transactional
    public RunView run(RunRequest request) {
        long started = System.nanoTime();
        List<ServiceQueue> queues = queuesOf(request);
        ZoneId zone = queues.get(0).site.zone();
        if (queues.stream().anyMatch(q -> !q.site.zone().equals(zone))) {
            throw ApiException.invalidField("queueIds", "queues of one run must share a site time zone");
        }
        QueueForecaster.Settings settings = workers.settings(request.backtestOrigins(), request.meanWeeks());
        QueueForecaster forecaster = request.backtestOrigins() == null && request.meanWeeks() == null
                ? workers.forecaster() : new QueueForecaster(settings);
        Map<Long, Optional<String>> forced = forcedModels(request, queues, forecaster.names());
        int horizonWeeks = request.horizonWeeks() == null ? DEFAULT_HORIZON_WEEKS : request.horizonWeeks();
        int historyWeeks = request.historyWeeks() == null ? DEFAULT_HISTORY_WEEKS : request.historyWeeks();
        int intervalMinutes = intervalMinutes(request, queues);
        LocalDate horizonStart = request.horizonStart() != null ? request.horizonStart() : defaultHorizonStart(queues, zone);
        LocalGrid horizon = new LocalGrid(zone, horizonStart, horizonWeeks * 7, intervalMinutes);
        LocalDate earliestHistory = horizonStart.minusWeeks(historyWeeks);

        List<CalendarEvent> events = CalendarEvent.list("endDate >= ?1 and startDate <= ?2",
                earliestHistory.minusDays(31), horizon.endDay().plusDays(31));
        List<EventMultiplier> multipliers = EventMultiplier.listAll();

        List<String> skipped = new ArrayList<>();
        List<QueueForecaster.Input> inputs = new ArrayList<>();
        Map<Long, QueueSeries> seriesOf = new LinkedHashMap<>();
        for (ServiceQueue queue : queues) {
            Optional<QueueForecaster.Input> input = input(queue, horizon, historyWeeks, forced.get(queue.id), events, multipliers);
            if (input.isEmpty()) {
                skipped.add(queue.code + ": less than one week of history before " + horizonStart);
                continue;
            }
            seriesOf.put(queue.id, input.get().history());
            inputs.add(input.get());
        }
        if (inputs.isEmpty()) {
            throw ApiException.unprocessable("No queue has a week of history before " + horizonStart + ": " + String.join("; ", skipped));
        }
        List<QueueForecaster.Output> outputs = workers.forecast(forecaster, inputs);

        ForecastRun run = new ForecastRun();
        run.scopeKey = scopeKey(request, queues);
        run.siteId = request.siteId() != null ? request.siteId() : distinctSite(queues);
        run.versionNo = nextVersion(run.scopeKey);
        run.label = request.label();
        run.createdBy = scope.actor();
        run.status = ForecastRunStatus.COMPLETED;
        run.horizonStart = horizon.startInstant();
        run.horizonEnd = horizon.endInstant();
        run.intervalMinutes = (short) intervalMinutes;
        // The first data actually used: the earliest grid start of the forecast queues (whole weeks from each
        // queue's first stored day), not the start of the requested window.
        run.historyStart = seriesOf.values().stream().map(sr -> sr.volume().start().atZone(zone).toInstant()).min(Comparator.naturalOrder())
                .orElse(earliestHistory.atStartOfDay(zone).toInstant());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("horizonWeeks", horizonWeeks);
        parameters.put("historyWeeks", historyWeeks);
        parameters.put("forceModel", request.forceModel());
        parameters.put("forcedModels", request.forcedModels());
        parameters.put("candidates", forecaster.names());
        parameters.put("backtest", settings.backtest().describe());
        parameters.put("backtestOrigins", settings.backtest().origins());
        parameters.put("meanWeeks", settings.meanWeeks());
        parameters.put("combineTop", settings.combineTop());
        parameters.put("lowerQuantile", settings.lowerLevel());
        parameters.put("upperQuantile", settings.upperLevel());
        parameters.put("skippedQueues", skipped);
        run.parameters = write(parameters);
        run.persist();

        List<ForecastStore.StoredValue> values = new ArrayList<>();
        List<Instant> instants = horizon.instants();
        for (QueueForecaster.Output output : outputs) {
            QueueSeries series = seriesOf.get(output.queueId());
            ForecastQueueResult result = resultOf(run.id, output, series);
            result.persist();
            for (Instant t : instants) {
                int k = horizon.indexOf(t);
                values.add(new ForecastStore.StoredValue(run.id, output.queueId(), t, output.baseVolume()[k],
                        output.volume()[k], output.ahtSeconds()[k], output.lower()[k], output.upper()[k]));
            }
        }
        store.insertValues(values);
        run.elapsedMs = (System.nanoTime() - started) / 1_000_000; // after storing the values
        run.persistAndFlush();
        return view(run);
    }

    private Optional<QueueForecaster.Input> input(ServiceQueue queue, LocalGrid horizon, int historyWeeks, Optional<String> forced,
                                                  List<CalendarEvent> allEvents, List<EventMultiplier> multipliers) {
        ZoneId zone = horizon.zone();
        Instant horizonStart = horizon.startInstant();
        Optional<Instant> firstRow = store.firstHistory(queue.id,
                horizon.firstDay().minusWeeks(historyWeeks).atStartOfDay(zone).toInstant(), horizonStart);
        if (firstRow.isEmpty()) {
            return Optional.empty();
        }
        // Whole weeks only, starting on or after the first stored day: leading weeks with no data at all
        // would only feed the models' start-up with missing values.
        long daysAvailable = horizon.firstDay().toEpochDay() - LocalDate.ofInstant(firstRow.get(), zone).toEpochDay();
        int weeks = (int) Math.min(historyWeeks, daysAvailable / 7);
        if (weeks < 1) {
            return Optional.empty();
        }
        LocalGrid grid = new LocalGrid(zone, horizon.firstDay().minusWeeks(weeks), weeks * 7, horizon.intervalMinutes());
        OpeningSchedule schedule = new OpeningSchedule(queue.openingHours);
        List<CalendarEvent> events = CalendarEffects.eventsFor(queue, allEvents);
        java.util.Set<LocalDate> closedDays = CalendarEffects.closedDays(events);
        QueueSeries series = QueueSeries.build(grid, store.history(queue.id, grid.startInstant(), horizonStart), schedule)
                .withoutDays(closedDays);
        boolean[] closed = new boolean[horizon.size()];
        if (!queue.channel.isDeferred()) {
            // Live queues get no contacts while closed (hours or closed days); email and tickets arrive around the clock.
            for (int k = 0; k < closed.length; k++) {
                closed[k] = !schedule.isOpen(horizon.slotTime(k), horizon.intervalMinutes())
                        || closedDays.contains(horizon.slotTime(k).toLocalDate());
            }
        }
        return Optional.of(new QueueForecaster.Input(queue.id, series, horizon.size(), closed, forced,
                CalendarEffects.occurrences(events),
                CalendarEffects.userEffects(queue, events, multipliers, horizon.intervalMinutes()),
                queue.defaultHandleSeconds));
    }

    private ForecastQueueResult resultOf(long runId, QueueForecaster.Output output, QueueSeries series) {
        ForecastResult r = output.result();
        ForecastQueueResult result = new ForecastQueueResult();
        result.runId = runId;
        result.queueId = output.queueId();
        result.modelName = r.chosenModel();
        result.forced = r.forced();
        BacktestScore chosen = r.score(r.chosenModel()).orElse(null);
        result.backtestWape = chosen == null ? null : finite(chosen.meanWape());
        result.backtestBias = chosen == null ? null : finite(chosen.meanBias());
        result.backtestTable = write(r.backtest().stream().map(s -> new BacktestRow(s.modelName(), finite(s.meanWape()),
                finite(s.meanBias()), s.foldWapes(), s.foldBiases())).toList());
        Map<String, Double> parameters = new LinkedHashMap<>();
        r.fittedParameters().forEach((k, v) -> parameters.put(k, finite(v)));
        result.fittedParameters = write(parameters);
        result.appliedEffects = write(r.appliedEffects().values().stream().map(ForecastRunService::effectView).toList());
        result.historyIntervals = series.volume().size();
        result.missingIntervals = series.volume().missingCount();
        return result;
    }

    private static EffectView effectView(EventEffect e) {
        Map<Integer, Double> days = new LinkedHashMap<>();
        for (int d = e.firstDayOffset(); d <= e.lastDayOffset(); d++) {
            days.put(d, Math.round(e.dayFactor(d) * 1000) / 1000.0);
        }
        return new EffectView(e.key(), e.source().name(), e.occurrencesUsed(), days);
    }

    // --- reading runs ------------------------------------------------------------------------

    public List<RunView> list(Long siteId, Long queueId) {
        List<ForecastRun> runs = siteId == null ? ForecastRun.listAll(Sort.by("id").descending())
                : ForecastRun.list("siteId", Sort.by("id").descending(), siteId);
        if (queueId != null) {
            List<Long> withQueue = ForecastQueueResult.<ForecastQueueResult>list("queueId", queueId).stream().map(r -> r.runId).toList();
            runs = runs.stream().filter(r -> withQueue.contains(r.id)).toList();
        }
        return runs.stream().map(this::view).toList();
    }

    public RunView get(long id) {
        return view(find(id));
    }

    public ForecastRun find(long id) {
        return ForecastRun.<ForecastRun>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Forecast run", id));
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
    }

    RunView view(ForecastRun run) {
        List<ForecastQueueResult> results = ForecastQueueResult.list("runId", Sort.by("queueId"), run.id);
        Map<Long, String> codes = ServiceQueue.<ServiceQueue>list("id in ?1", results.stream().map(r -> r.queueId).toList())
                .stream().collect(Collectors.toMap(q -> q.id, q -> q.code));
        List<QueueResultView> queues = results.stream().map(r -> new QueueResultView(r.queueId, codes.get(r.queueId), r.modelName,
                r.forced, r.backtestWape, r.backtestBias, read(r.backtestTable, new TypeReference<List<BacktestRow>>() { }),
                read(r.fittedParameters, new TypeReference<Map<String, Double>>() { }),
                read(r.appliedEffects, new TypeReference<List<EffectView>>() { }), r.historyIntervals, r.missingIntervals)).toList();
        return new RunView(run.id, run.scopeKey, run.siteId, run.versionNo, run.label, run.createdBy, run.status, run.horizonStart,
                run.horizonEnd, run.intervalMinutes, run.historyStart, run.elapsedMs, run.createdAt,
                read(run.parameters, new TypeReference<Map<String, Object>>() { }), queues);
    }

    // --- request resolution ------------------------------------------------------------------

    private static List<ServiceQueue> queuesOf(RunRequest request) {
        boolean bySite = request.siteId() != null;
        boolean byQueues = request.queueIds() != null && !request.queueIds().isEmpty();
        if (bySite == byQueues) {
            throw ApiException.invalidField("siteId", "give either siteId or queueIds");
        }
        if (bySite) {
            Site.<Site>findByIdOptional(request.siteId()).orElseThrow(() -> ApiException.notFound("Site", request.siteId()));
            List<ServiceQueue> queues = ServiceQueue.list("site.id", Sort.by("code"), request.siteId());
            if (queues.isEmpty()) {
                throw ApiException.unprocessable("Site " + request.siteId() + " has no queues");
            }
            return queues;
        }
        List<ServiceQueue> queues = new ArrayList<>();
        List<Problem.InvalidParam> problems = new ArrayList<>();
        List<Long> ids = new ArrayList<>(new TreeSet<>(request.queueIds()));
        for (int i = 0; i < ids.size(); i++) {
            Optional<ServiceQueue> queue = ServiceQueue.findByIdOptional(ids.get(i));
            if (queue.isPresent()) {
                queues.add(queue.get());
            } else {
                problems.add(Problem.InvalidParam.field("queueIds", "queue " + ids.get(i) + " does not exist"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.get(0).message(), problems);
        }
        return queues;
    }

    private static Map<Long, Optional<String>> forcedModels(RunRequest request, List<ServiceQueue> queues, List<String> names) {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (request.forceModel() != null && !names.contains(request.forceModel())) {
            problems.add(Problem.InvalidParam.field("forceModel", "unknown model '" + request.forceModel() + "'; one of " + names));
        }
        Map<String, String> byCode = request.forcedModels() == null ? Map.of() : request.forcedModels();
        byCode.forEach((code, model) -> {
            if (!names.contains(model)) {
                problems.add(Problem.InvalidParam.field("forcedModels." + code, "unknown model '" + model + "'; one of " + names));
            }
            if (queues.stream().noneMatch(q -> q.code.equals(code))) {
                problems.add(Problem.InvalidParam.field("forcedModels." + code, "not a queue of this run"));
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Map<Long, Optional<String>> forced = new LinkedHashMap<>();
        for (ServiceQueue q : queues) {
            forced.put(q.id, Optional.ofNullable(byCode.getOrDefault(q.code, request.forceModel())));
        }
        return forced;
    }

    private int intervalMinutes(RunRequest request, List<ServiceQueue> queues) {
        int stored = queues.stream().map(q -> store.historyIntervalMinutes(q.id)).flatMap(Optional::stream)
                .max(Integer::compare).orElse(30);
        int minutes = request.intervalMinutes() == null ? stored : request.intervalMinutes();
        if (minutes != 15 && minutes != 30 && minutes != 60) {
            throw ApiException.invalidField("intervalMinutes", "must be 15, 30 or 60");
        }
        if (minutes % stored != 0) {
            throw ApiException.invalidField("intervalMinutes", "history is stored at " + stored
                    + " minutes; forecast at that length or a multiple of it");
        }
        return minutes;
    }

    private LocalDate defaultHorizonStart(List<ServiceQueue> queues, ZoneId zone) {
        return queues.stream().map(q -> store.lastHistory(q.id)).flatMap(Optional::stream).max(Comparator.naturalOrder())
                .map(last -> LocalDate.ofInstant(last, zone).plusDays(1))
                .orElseThrow(() -> ApiException.unprocessable("The queues have no history; import some first"));
    }

    private static String scopeKey(RunRequest request, List<ServiceQueue> queues) {
        if (request.siteId() != null) {
            return "site:" + request.siteId();
        }
        return "queues:" + queues.stream().map(q -> String.valueOf(q.id)).collect(Collectors.joining(","));
    }

    private static Long distinctSite(List<ServiceQueue> queues) {
        List<Long> sites = queues.stream().map(q -> q.site.id).distinct().toList();
        return sites.size() == 1 ? sites.get(0) : null;
    }

    private static int nextVersion(String scopeKey) {
        Integer max = ForecastRun.getEntityManager()
                .createQuery("select max(r.versionNo) from ForecastRun r where r.scopeKey = ?1", Integer.class)
                .setParameter(1, scopeKey).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
