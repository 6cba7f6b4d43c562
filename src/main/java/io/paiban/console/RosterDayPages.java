package io.paiban.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.ProblemKind;
import io.paiban.planning.roster.ManualEditService;
import io.paiban.planning.roster.RosterDtos.EditRequest;
import io.paiban.planning.roster.RosterDtos.RosterView;
import io.paiban.planning.roster.RosterService;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.AgentConstraint;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.AgentExplanation;
import io.paiban.planning.roster.explanation.RosterExplanationService;
import io.paiban.planning.roster.store.RosterAccess;
import io.paiban.planning.roster.store.RosterRules.BrokenRule;
import io.paiban.planning.roster.store.RosterViews.AssignmentView;
import io.paiban.planning.roster.store.RosterViews.BreakView;
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
import java.time.Duration;
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
import java.util.Objects;
import java.util.TreeSet;

/**
 * One roster day as a Gantt of shifts and breaks, and the hand edit of one agent-day: the proposal is checked
 * against the hard rules (the same scoring as PUT /api/rosters/{id}/assignments/...) and the broken rules are
 * shown next to the form before anything is saved.
 */
@Path("/console/roster-days")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class RosterDayPages {

    static final int PAGE_SIZE = 40;

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    RosterService rosters;

    @Inject
    RosterAccess access;

    @Inject
    ManualEditService edits;

    @Inject
    RosterExplanationService explanations;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("console/roster-day")
    Template dayPage;

    @Inject
    @Location("console/roster-agent-day")
    Template agentDayPage;

    @Inject
    @Location("console/roster-check")
    Template checkFragment;

    public record Option(String value, String label, boolean off) {
        Option(String value, String label) {
            this(value, label, value.isEmpty());
        }
    }

    public record DayRow(long agentId, String agent, String shift, String queue, String breaks) {
    }

    /** The agent-day as text in the site's zone. */
    public record Duty(boolean working, String shift, String time, String queue, String breaks, String published, boolean changed) {
    }

    public record BrokenRow(String rule, long hardBefore, long hardAfter) {
    }

    public record ConstraintRow(String name, String level, long impact, String detail) {
    }

    private void requireRoster(long id) {
        ctx.require(Role.ADMIN, Role.SUPERVISOR, Role.PLANNER);
        if (!access.canSeeRoster(id)) {
            throw new ConsoleRefused();
        }
    }

    private void requireEditor(long id) {
        requireRoster(id);
        if (!ctx.isOneOf(Role.ADMIN, Role.SUPERVISOR)) {
            throw new ConsoleRefused();
        }
    }

    @GET
    @Path("/{id}/day")
    @Operation(summary = "Console: one roster day as a Gantt of shifts and breaks, paged and filtered by team and queue")
    public TemplateInstance day(@PathParam("id") long id, @QueryParam("date") LocalDate dateParam, @QueryParam("team") String team,
                                @QueryParam("queue") String queueParam, @QueryParam("page") Integer pageNo) throws JsonProcessingException {
        requireRoster(id);
        RosterView roster = rosters.get(id);
        Site site = Site.findById(roster.siteId());
        ZoneId zone = site.zone();
        LocalDate date = dateParam != null && roster.firstDate().compareTo(dateParam) <= 0 && roster.lastDate().compareTo(dateParam) >= 0
                ? dateParam : roster.firstDate();
        Long queue = queueParam == null || queueParam.isBlank() || !queueParam.chars().allMatch(Character::isDigit)
                ? null : Long.valueOf(queueParam);
        String teamFilter = team == null || team.isBlank() ? null : team;

        List<ServiceQueue> queues = ServiceQueue.<ServiceQueue>list("site.id", roster.siteId()).stream()
                .sorted(Comparator.comparing(q -> q.code)).toList();
        Map<Long, String> colors = new HashMap<>();
        List<RosterPages.QueueOption> queueOptions = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            String color = RosterPages.PALETTE[i % RosterPages.PALETTE.length];
            colors.put(queues.get(i).id, color);
            queueOptions.add(new RosterPages.QueueOption(queues.get(i).id, queues.get(i).code, color));
        }
        Map<Long, String> teams = new HashMap<>();
        for (Agent agent : Agent.<Agent>list("site.id", roster.siteId())) {
            teams.put(agent.id, agent.teamName == null ? "" : agent.teamName);
        }
        List<AssignmentView> working = rosters.assignments(id, null, date, date).stream()
                .filter(AssignmentView::working)
                .filter(a -> teamFilter == null || teamFilter.equals(teams.get(a.agentId())))
                .filter(a -> queue == null || Objects.equals(a.queueId(), queue))
                .sorted(Comparator.comparing(AssignmentView::startsAt).thenComparing(AssignmentView::employeeNo)).toList();
        int pages = Math.max(1, (working.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = pageNo == null ? 1 : Math.min(Math.max(1, pageNo), pages);
        List<AssignmentView> shown = working.subList((current - 1) * PAGE_SIZE, Math.min(working.size(), current * PAGE_SIZE));

        // minutes from the site-local start of the day, by instants: a night shift runs past 24:00, and a day
        // with a clock change is not 1,440 minutes long
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        List<Map<String, Object>> rows = new ArrayList<>();
        long lastMinute = Duration.between(dayStart, date.plusDays(1).atStartOfDay(zone).toInstant()).toMinutes();
        for (AssignmentView a : shown) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", a.employeeNo() + " " + a.agentName());
            row.put("href", "/console/roster-days/" + id + "/agents/" + a.agentId() + "/days/" + date);
            row.put("queue", a.queueCode());
            row.put("shift", a.shiftTemplateCode());
            row.put("color", colors.getOrDefault(a.queueId(), "#888"));
            row.put("start", minutes(dayStart, a.startsAt()));
            row.put("end", minutes(dayStart, a.endsAt()));
            row.put("time", a.start().format(RosterPages.HM) + "-" + a.end().format(RosterPages.HM));
            List<Map<String, Object>> breaks = new ArrayList<>();
            for (BreakView b : a.breaks()) {
                breaks.add(Map.of("start", minutes(dayStart, local(b.start(), zone)), "end", minutes(dayStart, local(b.end(), zone)),
                        "kind", b.kind() == null ? "BREAK" : b.kind().name()));
            }
            row.put("breaks", breaks);
            rows.add(row);
            lastMinute = Math.max(lastMinute, minutes(dayStart, a.endsAt()));
        }
        Map<String, Object> chart = Map.of("rows", rows, "lastMinute", lastMinute);
        List<DayRow> table = shown.stream().map(a -> new DayRow(a.agentId(), a.employeeNo() + " " + a.agentName(),
                a.shiftTemplateCode() + " " + a.start().format(RosterPages.HM) + "-" + a.end().format(RosterPages.HM), a.queueCode(),
                breaksText(a))).toList();
        List<Option> dates = new ArrayList<>();
        for (LocalDate d = roster.firstDate(); !d.isAfter(roster.lastDate()); d = d.plusDays(1)) {
            dates.add(new Option(d.toString(), d + " " + d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, ctx.locale())));
        }
        return ctx.page(dayPage.data("roster", roster).data("site", site).data("date", date).data("dates", dates)
                .data("queues", queueOptions).data("teams", new TreeSet<>(teams.values().stream().filter(t -> !t.isEmpty()).toList()))
                .data("team", teamFilter).data("queue", queue).data("page", current).data("pages", pages)
                .data("agentCount", working.size()).data("shown", table).data("dateText", date.toString())
                .data("chartJson", json.writeValueAsString(chart)).data("zone", zone.getId()), "nav_rosters");
    }

    @GET
    @Path("/{id}/agents/{agentId}/days/{date}")
    @Operation(summary = "Console: one agent-day with its explanation and the hand-edit form")
    public TemplateInstance agentDay(@PathParam("id") long id, @PathParam("agentId") long agentId, @PathParam("date") LocalDate date,
                                     @QueryParam("saved") boolean saved) {
        requireRoster(id);
        return agentDayView(id, agentId, date, null, null, null, null, List.of()).data("saved", saved);
    }

    @POST
    @Path("/{id}/agents/{agentId}/days/{date}/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: the hard rules a proposed agent-day would break (htmx fragment); nothing is saved")
    public TemplateInstance check(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id,
                                  @PathParam("agentId") long agentId, @PathParam("date") LocalDate date,
                                  @FormParam("shift") String shift, @FormParam("queueId") String queueId) {
        csrf.verify(csrfToken);
        requireEditor(id);
        try {
            List<BrokenRule> broken = edits.check(id, agentId, date, blankToNull(shift), queueOf(shift, queueId));
            return checkFragment.data("checked", true).data("broken", rows(broken)).data("error", null).setLocale(ctx.locale());
        } catch (ApiException e) {
            return checkFragment.data("checked", false).data("broken", List.of()).data("error", e.getMessage()).setLocale(ctx.locale());
        }
    }

    @POST
    @Path("/{id}/agents/{agentId}/days/{date}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: save a hand edit of one agent-day; refused with the broken hard rules shown inline")
    public Response save(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @PathParam("agentId") long agentId,
                         @PathParam("date") LocalDate date, @FormParam("shift") String shift, @FormParam("queueId") String queueId,
                         @FormParam("version") Long version, @FormParam("note") String note) {
        csrf.verify(csrfToken);
        requireEditor(id);
        String code = blankToNull(shift);
        try {
            edits.edit(id, agentId, date, new EditRequest(code, queueOf(shift, queueId), version, null, blankToNull(note)));
            return Response.seeOther(URI.create("/console/roster-days/" + id + "/agents/" + agentId + "/days/" + date + "?saved=true")).build();
        } catch (ApiException e) {
            // a 422 names the broken rules; a 400 or 409 (stale version) only needs its message
            List<BrokenRow> broken = e.kind() != ProblemKind.UNPROCESSABLE || e.errors() == null ? List.of()
                    : e.errors().stream().map(p -> new BrokenRow(p.field(), 0, 0)).toList();
            Long proposedQueue = e.errors() != null && e.errors().stream().anyMatch(p -> "queueId".equals(p.field())) ? null : queueOf(shift, queueId);
            TemplateInstance page = agentDayView(id, agentId, date, code, proposedQueue, note, e.getMessage(), broken).data("saved", false);
            return Response.status(e.kind().status()).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    private TemplateInstance agentDayView(long id, long agentId, LocalDate date, String proposedShift, Long proposedQueue, String note,
                                          String error, List<BrokenRow> broken) {
        RosterView roster = rosters.get(id);
        if (date.isBefore(roster.firstDate()) || date.isAfter(roster.lastDate())) {
            throw new ConsoleRefused();
        }
        List<AssignmentView> found = rosters.assignments(id, agentId, date, date);
        if (found.isEmpty()) {
            throw new ConsoleRefused();
        }
        AssignmentView assignment = found.get(0);
        Site site = Site.findById(roster.siteId());
        AgentExplanation explanation = explanations.explainAgent(id, agentId);
        List<ConstraintRow> constraints = new ArrayList<>();
        for (AgentConstraint c : explanation.constraints()) {
            c.matches().stream().filter(m -> m.dates().contains(date)).forEach(m ->
                    constraints.add(new ConstraintRow(c.name(), c.level().name(), c.impact(), m.detail() + " (" + m.score() + ")")));
        }
        List<Option> shifts = new ArrayList<>();
        shifts.add(new Option("", ""));
        ShiftTemplate.<ShiftTemplate>list("active = true order by code").forEach(t -> shifts.add(new Option(t.code,
                t.code + " " + t.startTime.format(RosterPages.HM) + "-" + t.endTime.format(RosterPages.HM))));
        List<Option> queues = ServiceQueue.<ServiceQueue>list("site.id", roster.siteId()).stream()
                .sorted(Comparator.comparing(q -> q.code)).map(q -> new Option(String.valueOf(q.id), q.code)).toList();
        String selectedShift = error != null ? (proposedShift == null ? "" : proposedShift)
                : assignment.working() ? assignment.shiftTemplateCode() : "";
        String selectedQueue = error != null ? (proposedQueue == null ? "" : String.valueOf(proposedQueue))
                : assignment.queueId() == null ? "" : String.valueOf(assignment.queueId());
        AssignmentView a = assignment;
        String published = a.published() == null ? "-" : a.published().shiftTemplateCode() == null ? null
                : a.published().shiftTemplateCode() + " " + (a.published().queueCode() == null ? "" : a.published().queueCode());
        Duty duty = new Duty(a.working(), a.shiftTemplateCode(), a.working() ? a.start().format(RosterPages.HM) + "-" + a.end().format(RosterPages.HM) : "",
                a.queueCode(), breaksText(a), published, a.changedSincePublication());
        return ctx.page(agentDayPage.data("roster", roster).data("site", site).data("date", date).data("a", assignment).data("duty", duty)
                .data("explanation", explanation).data("constraints", constraints)
                .data("shifts", shifts).data("queues", queues).data("selectedShift", selectedShift).data("selectedQueue", selectedQueue)
                .data("note", note == null ? "" : note).data("error", error).data("broken", broken)
                .data("canChange", ctx.isOneOf(Role.ADMIN, Role.SUPERVISOR)).data("zone", site.zone().getId()), "nav_rosters");
    }

    private static String breaksText(AssignmentView a) {
        return a.breaks().stream().map(b -> b.start().format(RosterPages.HM) + "-" + b.end().format(RosterPages.HM))
                .reduce((x, y) -> x + " " + y).orElse("");
    }

    private static List<BrokenRow> rows(List<BrokenRule> broken) {
        return broken.stream().map(b -> new BrokenRow(b.rule(), b.hardBefore(), b.hardAfter())).toList();
    }

    /** A day off has no queue, whatever the queue select still says. */
    private static Long queueOf(String shift, String queueId) {
        if (blankToNull(shift) == null || queueId == null || queueId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(queueId.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("queueId", "not a queue id: " + queueId);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant local(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toInstant();
    }

    private static long minutes(Instant dayStart, Instant at) {
        return Duration.between(dayStart, at).toMinutes();
    }
}
