package io.paiban.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.floor.intraday.ActionState;
import io.paiban.floor.intraday.IntradayDtos.ActionView;
import io.paiban.floor.intraday.IntradayDtos.RunView;
import io.paiban.floor.intraday.IntradayService;
import io.paiban.floor.intraday.RunTrigger;
import io.paiban.floor.intraday.engine.PlanResult.IntervalLine;
import io.paiban.floor.intraday.engine.PlanResult.QueueSummary;
import io.paiban.masterdata.site.SiteDtos.SiteView;
import io.paiban.platform.error.ApiException;
import io.paiban.security.Role;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Intraday for supervisors and administrators (the roles of /api/intraday): the site's latest run, its reforecast
 * against the plan per queue as a chart, and the proposed actions with accept and reject, which call the same
 * {@link IntradayService} methods as POST /api/intraday/actions/{id}/accept and /reject. "Run now" is
 * POST /api/intraday/sites/{id}/run.
 */
@Path("/console/intraday")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class IntradayPages {

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    FloorSites sites;

    @Inject
    IntradayService intraday;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("console/intraday")
    Template page;

    public record QueueRow(long queueId, String code, String target, String volumeRatio, String forecastRemaining,
                           String reforecastRemaining, String serviceLevelBefore, String serviceLevelAfter, int shortBefore, int shortAfter,
                           boolean targetMetAfter, String chartJson) {
    }

    public record ActionRow(long id, String kindKey, String stateKey, boolean proposed, String employeeNo, String fromQueue,
                            String toQueue, String time, int minutes, String cost, String gained, String costPerContact,
                            String serviceLevel, String reason, long version) {
    }

    @GET
    @Operation(summary = "Console: intraday reforecast against plan and the proposed actions")
    public TemplateInstance show(@QueryParam("siteId") String siteId, @QueryParam("flash") String flash,
                                 @QueryParam("error") String error) {
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        SiteView site = sites.choose(siteId);
        RunView run = null;
        if (site != null) {
            List<RunView> latest = intraday.list(site.id(), 1);
            run = latest.isEmpty() ? null : intraday.get(latest.get(0).id(), true);
        }
        ZoneId zone = site == null ? ZoneId.of("Asia/Shanghai") : FloorSites.zone(site);
        List<QueueRow> queues = run == null ? List.of() : queues(run, zone);
        Map<Long, String> codes = new LinkedHashMap<>();
        if (run != null) {
            run.queues().forEach(q -> codes.put(q.queueId(), q.code()));
        }
        List<ActionRow> actions = run == null ? List.of() : run.actions().stream().map(a -> action(a, codes, zone)).toList();
        long waiting = actions.stream().filter(ActionRow::proposed).count();
        return ctx.page(page.data("sites", sites.visible()).data("site", site).data("run", run)
                .data("asOf", run == null ? "" : FloorSites.hm(run.asOf(), zone))
                .data("slBefore", run == null ? "" : FloorSites.percent(run.expectedServiceLevelBefore()))
                .data("slAfter", run == null ? "" : FloorSites.percent(run.expectedServiceLevelAfter()))
                .data("queues", queues).data("actions", actions).data("waiting", waiting)
                .data("triggerKey", run == null ? "" : "intraday_trigger_" + run.trigger().name())
                .data("flash", FloorSites.flash(flash)).data("flashKey", "floor_flash_" + FloorSites.flash(flash))
                .data("error", error), "nav_intraday");
    }

    private List<QueueRow> queues(RunView run, ZoneId zone) {
        List<QueueRow> rows = new ArrayList<>();
        for (QueueSummary q : run.queues()) {
            List<IntervalLine> lines = run.intervals() == null ? List.of() : run.intervals().stream()
                    .filter(l -> l.queueId() == q.queueId()).sorted(Comparator.comparing(IntervalLine::start)).toList();
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("labels", lines.stream().map(l -> FloorSites.hm(l.start(), zone)).toList());
            chart.put("forecast", lines.stream().map(l -> round(l.forecastVolume())).toList());
            chart.put("actual", lines.stream().map(l -> l.actualVolume() == null ? null : round(l.actualVolume())).toList());
            chart.put("reforecast", lines.stream().map(l -> l.reforecastVolume() == null ? null : round(l.reforecastVolume())).toList());
            chart.put("required", lines.stream().map(IntervalLine::required).toList());
            chart.put("present", lines.stream().map(IntervalLine::present).toList());
            rows.add(new QueueRow(q.queueId(), q.code(), FloorSites.percent(q.targetShare()),
                    q.volumeRatio() == null ? "-" : String.format(Locale.ROOT, "%.2f", q.volumeRatio().damped()),
                    FloorSites.number(q.forecastRemaining()), FloorSites.number(q.reforecastRemaining()),
                    FloorSites.percent(q.expectedServiceLevelBefore()), FloorSites.percent(q.expectedServiceLevelAfter()),
                    q.understaffedIntervalsBefore(), q.understaffedIntervalsAfter(), q.targetMetAfter(), write(chart)));
        }
        return rows;
    }

    private static Double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static ActionRow action(ActionView a, Map<Long, String> codes, ZoneId zone) {
        return new ActionRow(a.id(), "intraday_kind_" + a.kind().name(), "intraday_state_" + a.state().name(),
                a.state() == ActionState.PROPOSED, a.employeeNo(), a.fromQueueId() == null ? "" : codes.getOrDefault(a.fromQueueId(), "#" + a.fromQueueId()),
                a.toQueueId() == null ? "" : codes.getOrDefault(a.toQueueId(), "#" + a.toQueueId()),
                FloorSites.hm(a.startsAt(), zone) + "–" + FloorSites.hm(a.endsAt(), zone), a.minutes(),
                String.format(Locale.ROOT, "%.0f", a.cost()), String.format(Locale.ROOT, "%.1f", a.contactsGained()),
                a.costPerContact() == null ? "-" : String.format(Locale.ROOT, "%.2f", a.costPerContact()),
                FloorSites.percent(a.serviceLevelBefore()) + " → " + FloorSites.percent(a.serviceLevelAfter()), a.reason(), a.version());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @POST
    @Path("/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: run intraday for a site now (POST /api/intraday/sites/{id}/run)")
    public Response run(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @FormParam("siteId") String siteId) {
        csrf.verify(csrfToken);
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        Long id = parseId(siteId);
        if (id == null) {
            return back(null, "error", "siteId: " + (siteId == null || siteId.isBlank() ? "required" : "'" + siteId + "' is not a site id"));
        }
        try {
            intraday.run(id, null, RunTrigger.ON_DEMAND);
            return back(id, "flash", "ran");
        } catch (ApiException e) {
            return back(id, "error", e.getMessage());
        }
    }

    @POST
    @Path("/actions/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: accept or reject a proposed action (POST /api/intraday/actions/{id}/accept or /reject)")
    public Response decide(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") String actionId,
                           @PathParam("decision") String decision, @FormParam("siteId") String siteId) {
        csrf.verify(csrfToken);
        ctx.require(Role.ADMIN, Role.SUPERVISOR);
        Long site = parseId(siteId);
        Long id = parseId(actionId);
        if (id == null) {
            return back(site, "error", "action: '" + actionId + "' is not an action id");
        }
        try {
            switch (decision) {
                case "accept" -> intraday.accept(id);
                case "reject" -> intraday.reject(id);
                default -> throw ApiException.invalidField("decision", "accept or reject");
            }
            return back(site, "flash", decision.equals("accept") ? "accepted" : "rejected");
        } catch (ApiException e) {
            return back(site, "error", e.getMessage());
        }
    }

    private static Long parseId(String text) {
        try {
            return text == null ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response back(Long siteId, String key, String value) {
        String query = (siteId == null ? "" : "siteId=" + siteId + "&") + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/console/intraday?" + query)).build();
    }
}
