package io.paiban.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.staffing.StaffingCalculator;
import io.paiban.planning.staffing.StaffingDtos.Assumptions;
import io.paiban.planning.staffing.StaffingDtos.MetricsView;
import io.paiban.planning.staffing.StaffingDtos.WhatIfRequest;
import io.paiban.planning.staffing.StaffingDtos.WhatIfResult;
import io.paiban.planning.staffing.StaffingRunDtos.IntervalView;
import io.paiban.planning.staffing.StaffingRunDtos.QueueSummary;
import io.paiban.planning.staffing.StaffingRunDtos.StaffingRunView;
import io.paiban.planning.staffing.StaffingRunService;
import io.paiban.platform.error.ApiException;
import io.paiban.security.Role;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
import java.util.Set;

/**
 * Staffing page (supervisors, planners, administrators): the staffing runs with their per-queue summary
 * (GET /api/staffing-runs), the required agents per interval of one queue and site-local day as a chart for the
 * roles that may read a run's intervals (administrators and planners, as GET /api/staffing-runs/{id}/intervals),
 * and the what-if calculator on the same engine as POST /api/staffing/what-if. The calculator changes nothing, so
 * it is a GET form.
 */
@Path("/console/staffing")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class StaffingPages {

    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ConsoleContext ctx;

    @Inject
    StaffingRunService runs;

    @Inject
    StaffingCalculator calculator;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("console/staffing")
    Template page;

    public record RunOption(long id, String label) {
    }

    public record SummaryLine(long queueId, String queue, String channel, String model, int peakRaw, int peakScheduled,
                              String rawHours, String scheduledHours, String volume, String serviceLevel) {
    }

    public record DayOption(LocalDate date, String label) {
    }

    /** The what-if form's values as typed (percentages for shares), echoed back into the form. */
    public record WhatIfForm(String contacts, String intervalMinutes, String ahtSeconds, String serviceLevel, String answerWithin,
                             String patience, String concurrency, String shrinkage, String maxOccupancy, String agents) {
    }

    public record WhatIfLine(String model, String traffic, int required, int scheduled, String serviceLevel, String asa,
                             String abandon, String occupancy, Integer givenAgents, String givenServiceLevel, String givenAsa,
                             String givenOccupancy, Boolean targetMet) {
    }

    @GET
    @Operation(summary = "Console: staffing runs, required agents per interval, and the what-if calculator")
    public Response show(@QueryParam("runId") Long runId, @QueryParam("queueId") Long queueId, @QueryParam("date") String dateParam,
                         @QueryParam("calc") String calc, @QueryParam("contacts") String contacts,
                         @QueryParam("intervalMinutes") String intervalMinutes, @QueryParam("ahtSeconds") String aht,
                         @QueryParam("serviceLevel") String serviceLevel, @QueryParam("answerWithin") String answerWithin,
                         @QueryParam("patience") String patience, @QueryParam("concurrency") String concurrency,
                         @QueryParam("shrinkage") String shrinkage, @QueryParam("maxOccupancy") String maxOccupancy,
                         @QueryParam("agents") String agents) throws JsonProcessingException {
        ctx.require(Role.ADMIN, Role.SUPERVISOR, Role.PLANNER);
        boolean readsIntervals = ctx.isOneOf(Role.ADMIN, Role.PLANNER);
        List<StaffingRunView> all = runs.list(null);
        List<RunOption> options = all.stream().map(r -> new RunOption(r.id(), "#" + r.id() + " · forecast #" + r.forecastRunId()
                + (r.label() == null || r.label().isBlank() ? "" : " · " + r.label()))).toList();
        StaffingRunView run = runId == null ? (all.isEmpty() ? null : all.get(0))
                : all.stream().filter(r -> r.id() == runId).findFirst().orElse(null);

        TemplateInstance instance = page.data("runs", options).data("run", run).data("runId", run == null ? null : run.id())
                .data("readsIntervals", readsIntervals);
        List<SummaryLine> summary = new ArrayList<>();
        String chartJson = null;
        List<DayOption> days = List.of();
        LocalDate chosenDate = null;
        Long chosenQueue = null;
        String zoneId = null;
        if (run != null) {
            for (QueueSummary q : run.queues()) {
                summary.add(new SummaryLine(q.queueId(), q.queueCode(), q.channel(), q.model(), q.peakRawAgents(), q.peakScheduledAgents(),
                        String.format("%.1f", q.rawAgentHours()), String.format("%.1f", q.scheduledAgentHours()),
                        String.format("%.0f", q.volume()), ForecastPages.percent(q.expectedServiceLevel())));
            }
            if (!run.queues().isEmpty()) {
                QueueSummary q = run.queues().stream().filter(s -> queueId != null && s.queueId() == queueId).findFirst()
                        .orElse(run.queues().get(0));
                chosenQueue = q.queueId();
                ZoneId zone = ServiceQueue.<ServiceQueue>findById(q.queueId()).site.zone();
                zoneId = zone.getId();
                LocalDate first = LocalDate.ofInstant(run.horizonStart(), zone);
                LocalDate last = LocalDate.ofInstant(run.horizonEnd().minusSeconds(1), zone);
                List<DayOption> dayOptions = new ArrayList<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    dayOptions.add(new DayOption(d, d + " " + d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, ctx.locale())));
                }
                days = dayOptions;
                chosenDate = first;
                try {
                    LocalDate asked = dateParam == null || dateParam.isBlank() ? null : LocalDate.parse(dateParam.trim());
                    if (asked != null && !asked.isBefore(first) && !asked.isAfter(last)) {
                        chosenDate = asked;
                    }
                } catch (DateTimeParseException e) {
                    // an unreadable date shows the first day
                }
                if (readsIntervals) {
                    Instant from = chosenDate.atStartOfDay(zone).toInstant();
                    Instant to = chosenDate.plusDays(1).atStartOfDay(zone).toInstant();
                    List<IntervalView> intervals = runs.intervals(run.id(), q.queueId(), from, to).stream()
                            .sorted(Comparator.comparing(IntervalView::intervalStart)).toList();
                    Map<String, Object> chart = new LinkedHashMap<>();
                    chart.put("labels", intervals.stream().map(i -> LocalDateTime.ofInstant(i.intervalStart(), zone).format(HM)).toList());
                    chart.put("raw", intervals.stream().map(IntervalView::rawAgents).toList());
                    chart.put("scheduled", intervals.stream().map(IntervalView::scheduledAgents).toList());
                    chart.put("volume", intervals.stream().map(i -> ForecastPages.round(i.volume())).toList());
                    chartJson = json.writeValueAsString(chart);
                }
            }
        }

        WhatIfForm form = new WhatIfForm(or(contacts, "100"), or(intervalMinutes, "30"), or(aht, "180"), or(serviceLevel, "80"),
                or(answerWithin, "20"), or(patience, ""), or(concurrency, "1"), or(shrinkage, "30"), or(maxOccupancy, ""), or(agents, ""));
        WhatIfLine result = null;
        String whatIfError = null;
        if (calc != null) {
            try {
                result = whatIf(form);
            } catch (ApiException e) {
                whatIfError = e.getMessage();
            }
        }
        TemplateInstance filled = ctx.page(instance.data("summary", summary).data("chartJson", chartJson).data("days", days)
                .data("date", chosenDate).data("queueId", chosenQueue).data("zone", zoneId)
                .data("form", form).data("result", result).data("whatIfError", whatIfError), "nav_staffing");
        return Response.status(whatIfError == null ? 200 : 400).type(MediaType.TEXT_HTML_TYPE).entity(filled.render()).build();
    }

    /** The form's values into the REST request, checked by the same bean constraints, then the same calculator. */
    private WhatIfLine whatIf(WhatIfForm f) {
        Double share = percentShare("serviceLevel", f.serviceLevel(), true);
        Double shrink = percentShare("shrinkage", f.shrinkage(), false);
        Double occupancy = percentShare("maxOccupancy", f.maxOccupancy(), false);
        WhatIfRequest request = new WhatIfRequest(number("contacts", f.contacts(), true), integer("intervalMinutes", f.intervalMinutes()),
                number("ahtSeconds", f.ahtSeconds(), true),
                new Assumptions(share, number("answerWithin", f.answerWithin(), true), null, null, occupancy,
                        number("patience", f.patience(), false), integer("concurrency", f.concurrency()), null, shrink),
                integer("agents", f.agents()));
        Set<ConstraintViolation<WhatIfRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<WhatIfRequest> v = violations.stream().min(Comparator.comparing(c -> c.getPropertyPath().toString())).get();
            String field = formField(v.getPropertyPath().toString());
            boolean percent = List.of("serviceLevel", "shrinkage", "maxOccupancy").contains(field);
            throw ApiException.invalidField(field, v.getMessage() + (percent ? " (as a share: the form's percent / 100)" : ""));
        }
        WhatIfResult r = calculator.whatIf(request);
        MetricsView at = r.atRequirement();
        MetricsView given = r.atGivenAgents();
        return new WhatIfLine(r.model(), String.format("%.2f", r.trafficErlangs()), r.requiredAgents(), r.scheduledAgents(),
                ForecastPages.percent(at.serviceLevel()), seconds(at.asaSeconds()), ForecastPages.percent(at.abandonRate()),
                ForecastPages.percent(at.occupancy()), given == null ? null : given.agents(),
                given == null ? null : ForecastPages.percent(given.serviceLevel()), given == null ? null : seconds(given.asaSeconds()),
                given == null ? null : ForecastPages.percent(given.occupancy()), r.targetMetAtGivenAgents());
    }

    /** The REST field path named as the form field. */
    private static String formField(String path) {
        return switch (path) {
            case "assumptions.serviceLevel" -> "serviceLevel";
            case "assumptions.answerWithinSeconds" -> "answerWithin";
            case "assumptions.patienceSeconds" -> "patience";
            case "assumptions.concurrency" -> "concurrency";
            case "assumptions.shrinkage" -> "shrinkage";
            case "assumptions.maxOccupancy" -> "maxOccupancy";
            default -> path;
        };
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value.trim();
    }

    private static String seconds(Double value) {
        return value == null ? "∞" : String.format("%.1f s", value);
    }

    private static Double number(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.invalidField(field, "required");
            }
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "'" + value + "' is not a number");
        }
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "'" + value + "' is not a whole number");
        }
    }

    /** A percentage typed in the form (80) as the share the API takes (0.8). */
    private static Double percentShare(String field, String value, boolean required) {
        Double percent = number(field, value, required);
        return percent == null ? null : percent / 100.0;
    }
}
