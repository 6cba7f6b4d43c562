package io.paiban.console;

import io.paiban.agent.requests.LeaveRequestService;
import io.paiban.agent.requests.LeaveState;
import io.paiban.agent.requests.SwapRequestService;
import io.paiban.agent.requests.SwapState;
import io.paiban.floor.intraday.ActionState;
import io.paiban.floor.intraday.AdherenceService;
import io.paiban.floor.intraday.IntradayDtos.ActionView;
import io.paiban.floor.intraday.IntradayDtos.AdherenceReport;
import io.paiban.floor.intraday.IntradayDtos.AdherenceView;
import io.paiban.floor.intraday.IntradayDtos.RunView;
import io.paiban.floor.intraday.IntradayService;
import io.paiban.floor.intraday.engine.PlanResult.IntervalLine;
import io.paiban.floor.servicelevel.metrics.Granularity;
import io.paiban.floor.servicelevel.report.MetricsDtos.PeriodView;
import io.paiban.floor.servicelevel.report.MetricsDtos.ReportView;
import io.paiban.floor.servicelevel.report.MetricsReportService;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.site.SiteDtos.SiteView;
import io.paiban.security.AccessScope;
import io.paiban.security.Role;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The supervisor's day at a glance, per queue of the site: volume so far against the forecast and agents present
 * against required now (from the site's latest intraday run of the day, as GET /api/intraday/... shows it),
 * the day's service level against the queue's target (GET /api/service-metrics), open adherence alerts
 * (GET /api/intraday/sites/{id}/adherence), intraday actions waiting, and leave and swap requests waiting
 * (GET /api/leave-requests, /api/swap-requests). A figure that does not exist yet is shown as "no data yet".
 */
@Path("/console/today")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class TodayPages {

    @Inject
    ConsoleContext ctx;

    @Inject
    FloorSites sites;

    @Inject
    AccessScope scope;

    @Inject
    IntradayService intraday;

    @Inject
    AdherenceService adherence;

    @Inject
    MetricsReportService metrics;

    @Inject
    LeaveRequestService leave;

    @Inject
    SwapRequestService swaps;

    @Inject
    @Location("console/today")
    Template page;

    /** One queue's line; a null figure is shown as "no data yet", a hidden one (client outside the caller's scope) as "-". */
    public record QueueToday(long queueId, String code, String volumeSoFar, String forecastSoFar, String serviceLevel, boolean slHidden,
                             String target, Boolean targetMet, Integer present, Integer required, int adherenceAlerts,
                             int actionsWaiting) {
    }

    @GET
    @Operation(summary = "Console: today per queue at a glance")
    public TemplateInstance show(@QueryParam("siteId") String siteId, @QueryParam("at") String atText) {
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        SiteView site = sites.choose(siteId);
        String error = null;
        Instant at = Instant.now();
        if (atText != null && !atText.isBlank()) {
            try {
                at = Instant.parse(atText.trim());
            } catch (DateTimeParseException e) {
                error = "at: '" + atText + "' is not an instant (2026-12-04T02:00:00Z)";
            }
        }
        if (site == null || error != null) {
            return ctx.page(page.data("sites", sites.visible()).data("site", site).data("error", error).data("date", null)
                    .data("asOf", null).data("now", null).data("queues", List.of()).data("alerts", 0).data("leaveWaiting", 0)
                    .data("swapsWaiting", 0).data("actionsWaiting", 0), "nav_today");
        }
        ZoneId zone = FloorSites.zone(site);
        LocalDate date = LocalDate.ofInstant(at, zone);
        Instant now = at;
        RunView run = intraday.list(site.id(), 20).stream()
                .filter(r -> r.workDate().equals(date) && !r.asOf().isAfter(now)).findFirst()
                .map(r -> intraday.get(r.id(), true)).orElse(null);
        AdherenceReport report = adherence.adherence(site.id(), at);
        Map<Long, Long> alertsByQueue = report.exceptions().stream().filter(e -> e.queueId() != null)
                .collect(Collectors.groupingBy(AdherenceView::queueId, Collectors.counting()));
        List<ActionView> waiting = run == null ? List.of() : run.actions().stream().filter(a -> a.state() == ActionState.PROPOSED).toList();
        List<QueueToday> queues = ServiceQueue.<ServiceQueue>list("site.id", Sort.by("code"), site.id()).stream()
                .map(q -> queue(q, run, date, alertsByQueue, waiting)).toList();
        int leaveWaiting = leave.list(LeaveState.PENDING, site.id(), null, null).size();
        int swapsWaiting = swaps.list(SwapState.PENDING_APPROVAL, site.id(), null, null).size();
        return ctx.page(page.data("sites", sites.visible()).data("site", site).data("error", null).data("date", date)
                .data("asOf", run == null ? null : FloorSites.hm(run.asOf(), zone)).data("now", FloorSites.hm(at, zone))
                .data("queues", queues).data("alerts", report.exceptions().size()).data("leaveWaiting", leaveWaiting)
                .data("swapsWaiting", swapsWaiting).data("actionsWaiting", waiting.size()), "nav_today");
    }

    private QueueToday queue(ServiceQueue q, RunView run, LocalDate date, Map<Long, Long> alerts, List<ActionView> waiting) {
        String volume = null;
        String forecast = null;
        Integer present = null;
        Integer required = null;
        if (run != null && run.intervals() != null) {
            List<IntervalLine> lines = run.intervals().stream().filter(l -> l.queueId() == q.id).toList();
            List<IntervalLine> reported = lines.stream().filter(l -> l.actualVolume() != null).toList();
            if (!reported.isEmpty()) {
                volume = FloorSites.number(reported.stream().mapToDouble(IntervalLine::actualVolume).sum());
                forecast = FloorSites.number(reported.stream().mapToDouble(IntervalLine::forecastVolume).sum());
            }
            // "now" is the interval holding the run's instant: its requirement and the agents present in it
            IntervalLine current = lines.stream().filter(l -> !l.start().isAfter(run.asOf()))
                    .max(java.util.Comparator.comparing(IntervalLine::start)).orElse(null);
            if (current != null && current.required() != null) {
                present = current.present();
                required = current.required();
            }
        }
        String serviceLevel = null;
        boolean hidden = false;
        Boolean met = null;
        double target = q.target.targetShare.doubleValue();
        if (scope.canSeeClient(q.client.id)) {
            ReportView report = metrics.queueReport(q.id, date, date, Granularity.DAY);
            Double value = report.periods().stream().map(PeriodView::metrics).filter(Objects::nonNull)
                    .map(m -> m.getOrDefault("service_level", m.get("on_time_reply_rate"))).filter(Objects::nonNull).findFirst().orElse(null);
            serviceLevel = FloorSites.percent(value);
            met = value == null ? null : value >= target;
        } else {
            hidden = true;
        }
        int actions = (int) waiting.stream().filter(a -> q.id.equals(a.toQueueId() != null ? a.toQueueId() : a.fromQueueId())).count();
        return new QueueToday(q.id, q.code, volume, forecast, serviceLevel, hidden, FloorSites.percent(target), met, present, required,
                alerts.getOrDefault(q.id, 0L).intValue(), actions);
    }
}
