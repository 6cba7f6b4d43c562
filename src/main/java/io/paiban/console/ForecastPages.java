package io.paiban.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.calendar.CalendarEventDtos.CalendarEventView;
import io.paiban.masterdata.calendar.CalendarEventService;
import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.forecast.AdjustmentKind;
import io.paiban.planning.forecast.ForecastDtos.AdjustmentRequest;
import io.paiban.planning.forecast.ForecastDtos.AdjustmentView;
import io.paiban.planning.forecast.ForecastDtos.BacktestRow;
import io.paiban.planning.forecast.ForecastDtos.CompareRow;
import io.paiban.planning.forecast.ForecastDtos.CompareView;
import io.paiban.planning.forecast.ForecastDtos.QueueResultView;
import io.paiban.planning.forecast.ForecastDtos.RunView;
import io.paiban.planning.forecast.ForecastDtos.ValueView;
import io.paiban.planning.forecast.ForecastReportService;
import io.paiban.planning.forecast.ForecastRunService;
import io.paiban.planning.history.HistoryDtos.HistoryRowView;
import io.paiban.planning.history.HistoryQueryService;
import io.paiban.platform.error.ApiException;
import io.paiban.security.Role;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Forecast page (planners and administrators, the roles of /api/forecast-runs): per queue the recent history and
 * the run's forecast as a line chart with promotions and holidays marked, the chosen model and its backtest, a
 * comparison with another run, and the hand adjustments with a form that posts to the same service as
 * POST /api/forecast-runs/{id}/adjustments. Times are in the queue's site zone.
 */
@Path("/console/forecast")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class ForecastPages {

    static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int DEFAULT_HISTORY_WEEKS = 4;

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    ForecastRunService runs;

    @Inject
    ForecastReportService reports;

    @Inject
    HistoryQueryService history;

    @Inject
    CalendarEventService events;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("console/forecast")
    Template page;

    public record RunOption(long id, String label) {
    }

    public record QueueOption(long id, String code) {
    }

    public record BacktestLine(String model, String wape, String bias, boolean chosen) {
    }

    public record CompareLine(String queue, String date, String base, String other, String difference, String percent) {
    }

    public record AdjustmentLine(long id, String queue, String from, String to, String kind, String amount, String reason, String by) {
    }

    public record EventLine(String name, String type, LocalDate first, LocalDate last, String factor) {
    }

    /** The REST roles of /api/forecast-runs and /api/history: a supervisor is refused there, so here too. */
    private void requireForecastReader() {
        ctx.require(Role.ADMIN, Role.PLANNER);
    }

    @GET
    @Operation(summary = "Console: history and forecast of a queue, model and backtest, run comparison, adjustments")
    public TemplateInstance show(@QueryParam("runId") Long runId, @QueryParam("queueId") Long queueId,
                                 @QueryParam("compareTo") Long compareTo, @QueryParam("historyWeeks") Integer historyWeeks,
                                 @QueryParam("flash") String flash, @QueryParam("error") String error) throws JsonProcessingException {
        requireForecastReader();
        List<RunView> all = runs.list(null, null);
        List<RunOption> runOptions = all.stream().map(r -> new RunOption(r.id(), runLabel(r))).toList();
        TemplateInstance instance = page.data("runs", runOptions).data("flash", flash).data("error", error);
        RunView run = runId == null ? (all.isEmpty() ? null : all.get(0))
                : all.stream().filter(r -> r.id() == runId).findFirst().orElse(null);
        if (run == null || run.queues().isEmpty()) {
            return ctx.page(instance.data("run", null).data("runId", runId), "nav_forecast");
        }
        List<QueueOption> queues = run.queues().stream().map(q -> new QueueOption(q.queueId(), q.queueCode())).toList();
        QueueResultView result = run.queues().stream().filter(q -> queueId != null && q.queueId() == queueId).findFirst()
                .orElse(run.queues().get(0));
        ServiceQueue queue = ServiceQueue.findById(result.queueId());
        ZoneId zone = queue.site.zone();
        int weeks = historyWeeks == null ? DEFAULT_HISTORY_WEEKS : Math.max(0, Math.min(26, historyWeeks));

        // history before the horizon and the forecast over it, on one axis of site-local interval labels
        Instant historyFrom = run.horizonStart().minusSeconds(weeks * 7L * 24 * 3600);
        List<HistoryRowView> actuals = weeks == 0 ? List.of() : history.rows(queue.id, historyFrom, run.horizonEnd());
        List<ValueView> values = reports.values(run.id(), queue.id, null, null);
        TreeMap<Instant, Double[]> points = new TreeMap<>();
        for (HistoryRowView h : actuals) {
            points.computeIfAbsent(h.intervalStart(), t -> new Double[5])[0] = (double) h.offered();
        }
        for (ValueView v : values) {
            Double[] p = points.computeIfAbsent(v.intervalStart(), t -> new Double[5]);
            p[1] = round(v.adjustedVolume());
            p[2] = round(v.volume());
            p[3] = v.lowerVolume() == null ? null : round(v.lowerVolume());
            p[4] = v.upperVolume() == null ? null : round(v.upperVolume());
        }
        List<String> labels = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<List<Double>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        points.forEach((t, p) -> {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            labels.add(local.format(LABEL));
            dates.add(local.toLocalDate());
            for (int i = 0; i < 5; i++) {
                series.get(i).add(p[i]);
            }
        });

        // promotions and holidays of the queue's client over the chart's days, marked as areas
        LocalDate firstDay = dates.isEmpty() ? LocalDate.ofInstant(historyFrom, zone) : dates.get(0);
        LocalDate lastDay = dates.isEmpty() ? LocalDate.ofInstant(run.horizonEnd(), zone) : dates.get(dates.size() - 1);
        List<CalendarEventView> calendar = events.list(firstDay, lastDay, queue.client.id, null).stream()
                .filter(e -> e.calendarName() == null || e.calendarName().equals(queue.site.holidayCalendar)).toList();
        List<Map<String, Object>> areas = new ArrayList<>();
        List<EventLine> eventLines = new ArrayList<>();
        for (CalendarEventView e : calendar) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < dates.size(); i++) {
                if (!dates.get(i).isBefore(e.startDate()) && !dates.get(i).isAfter(e.endDate())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            eventLines.add(new EventLine(e.name(), e.type().name(), e.startDate(), e.endDate(),
                    e.volumeFactor() == null ? "" : e.volumeFactor().stripTrailingZeros().toPlainString()));
            if (first >= 0) {
                Map<String, Object> area = new LinkedHashMap<>();
                area.put("name", e.name());
                area.put("from", labels.get(first));
                area.put("to", labels.get(last));
                area.put("promotion", e.type() == CalendarEventType.PROMOTION);
                areas.add(area);
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("history", series.get(0));
        chart.put("forecast", series.get(1));
        chart.put("model", series.get(2));
        chart.put("lower", series.get(3));
        chart.put("upper", series.get(4));
        chart.put("events", areas);
        String horizonLabel = LocalDateTime.ofInstant(run.horizonStart(), zone).format(LABEL);
        chart.put("horizonStart", labels.contains(horizonLabel) ? horizonLabel : null);

        List<BacktestLine> backtest = result.backtest() == null ? List.of() : result.backtest().stream()
                .sorted(Comparator.comparing((BacktestRow b) -> b.meanWape() == null ? Double.MAX_VALUE : b.meanWape()))
                .map(b -> new BacktestLine(b.model(), percent(b.meanWape()), percent(b.meanBias()), b.model().equals(result.model())))
                .toList();

        // comparison with another run of the same queue (default: the run before this one)
        List<RunOption> comparable = all.stream().filter(r -> r.id() != run.id())
                .filter(r -> r.queues().stream().anyMatch(q -> q.queueId() == queue.id))
                .map(r -> new RunOption(r.id(), runLabel(r))).toList();
        Long other = compareTo != null && comparable.stream().anyMatch(r -> r.id() == compareTo) ? compareTo
                : comparable.stream().filter(r -> r.id() < run.id()).map(RunOption::id).findFirst()
                .orElse(comparable.isEmpty() ? null : comparable.get(0).id());
        List<CompareLine> compareTotals = List.of();
        List<CompareLine> compareDays = List.of();
        String compareError = null;
        if (other != null) {
            try {
                CompareView view = reports.compare(run.id(), other);
                compareTotals = view.queueTotals().stream().map(r -> compareLine(r, "")).toList();
                compareDays = view.days().stream().filter(r -> r.queueId() == queue.id)
                        .map(r -> compareLine(r, r.date().toString())).toList();
            } catch (ApiException e) {
                compareError = e.getMessage();
            }
        }

        Map<Long, String> codes = new LinkedHashMap<>();
        queues.forEach(q -> codes.put(q.id(), q.code()));
        List<AdjustmentLine> adjustments = reports.listAdjustments(run.id()).stream()
                .map(a -> adjustmentLine(a, codes, zone)).toList();
        LocalDateTime horizonStart = LocalDateTime.ofInstant(run.horizonStart(), zone);
        LocalDateTime horizonEnd = LocalDateTime.ofInstant(run.horizonEnd(), zone);

        return ctx.page(instance.data("run", run).data("runId", run.id()).data("queues", queues).data("queueId", queue.id)
                .data("queueCode", queue.code).data("result", result)
                .data("wape", percent(result.backtestWape())).data("bias", percent(result.backtestBias()))
                .data("backtest", backtest).data("historyWeeks", weeks)
                .data("chartJson", json.writeValueAsString(chart)).data("events", eventLines)
                .data("comparable", comparable).data("compareTo", other).data("compareTotals", compareTotals)
                .data("compareDays", compareDays).data("compareError", compareError)
                .data("adjustments", adjustments)
                .data("horizonFrom", horizonStart.format(LABEL)).data("horizonTo", horizonEnd.format(LABEL))
                .data("defaultFrom", horizonStart.toLocalDate() + "T" + horizonStart.toLocalTime())
                .data("defaultTo", horizonStart.toLocalDate().plusDays(1) + "T" + horizonStart.toLocalTime())
                .data("zone", zone.getId()), "nav_forecast");
    }

    @POST
    @Path("/{runId}/adjustments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: adjust a forecast run by hand (the service of POST /api/forecast-runs/{id}/adjustments)")
    public Response adjust(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("runId") long runId,
                           @FormParam("queueId") String queueParam, @FormParam("from") String fromParam, @FormParam("to") String toParam,
                           @FormParam("kind") String kindParam, @FormParam("amount") String amountParam,
                           @FormParam("reason") String reason) {
        csrf.verify(csrfToken);
        requireForecastReader();
        RunView run = runs.list(null, null).stream().filter(r -> r.id() == runId).findFirst().orElseThrow(ConsoleRefused::new);
        Long queueId = null;
        try {
            queueId = queueParam == null || queueParam.isBlank() ? null : Long.valueOf(queueParam.trim());
            Long chosen = queueId;
            ServiceQueue queue = ServiceQueue.findById(chosen != null ? chosen : run.queues().get(0).queueId());
            if (queue == null) {
                throw ApiException.invalidField("queueId", "queue " + chosen + " is not in run " + runId);
            }
            ZoneId zone = queue.site.zone();
            Instant from = localTime("from", fromParam, zone);
            Instant to = localTime("to", toParam, zone);
            AdjustmentKind kind = parseKind(kindParam);
            Double amount = parseAmount(amountParam);
            AdjustmentRequest request = new AdjustmentRequest(queueId, from, to, kind, amount,
                    reason == null || reason.isBlank() ? null : reason.trim(), null);
            Set<ConstraintViolation<AdjustmentRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                ConstraintViolation<AdjustmentRequest> v = violations.iterator().next();
                throw ApiException.invalidField(v.getPropertyPath().toString(), v.getMessage());
            }
            reports.adjust(runId, request);
            return back(runId, queueId, "flash", "adjusted");
        } catch (NumberFormatException e) {
            return back(runId, null, "error", "queueId: not a queue id");
        } catch (ApiException e) {
            return back(runId, queueId, "error", e.getMessage());
        }
    }

    private static Instant localTime(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidField(field, "required (a local date and time)");
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "'" + value + "' is not a local date and time (yyyy-MM-ddTHH:mm)");
        }
    }

    private static AdjustmentKind parseKind(String value) {
        try {
            return AdjustmentKind.valueOf(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("kind", "PERCENT or ABSOLUTE");
        }
    }

    private static Double parseAmount(String value) {
        try {
            double amount = Double.parseDouble(value == null ? "" : value.trim());
            if (!Double.isFinite(amount)) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("amount", "'" + (value == null ? "" : value) + "' is not a number");
        }
    }

    private static Response back(long runId, Long queueId, String key, String value) {
        return Response.seeOther(URI.create("/console/forecast?runId=" + runId + (queueId == null ? "" : "&queueId=" + queueId)
                + "&" + key + "=" + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8))).build();
    }

    static String runLabel(RunView r) {
        return "#" + r.id() + " v" + r.versionNo() + (r.label() == null || r.label().isBlank() ? "" : " " + r.label())
                + " · " + r.scopeKey();
    }

    private static CompareLine compareLine(CompareRow r, String date) {
        return new CompareLine(r.queueCode(), date, String.format("%.0f", r.baseVolume()), String.format("%.0f", r.otherVolume()),
                String.format("%+.0f", r.difference()), r.differencePercent() == null ? "-" : String.format("%+.1f%%", r.differencePercent()));
    }

    private static AdjustmentLine adjustmentLine(AdjustmentView a, Map<Long, String> codes, ZoneId zone) {
        return new AdjustmentLine(a.id(), a.queueId() == null ? "*" : codes.getOrDefault(a.queueId(), String.valueOf(a.queueId())),
                LocalDateTime.ofInstant(a.from(), zone).format(LABEL), LocalDateTime.ofInstant(a.to(), zone).format(LABEL),
                a.kind().name(), a.kind() == AdjustmentKind.PERCENT ? String.format("%+.1f%%", a.amount()) : String.format("%+.1f", a.amount()),
                Objects.requireNonNullElse(a.reason(), ""), Objects.requireNonNullElse(a.createdBy(), ""));
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format("%.1f%%", share * 100);
    }

    static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
