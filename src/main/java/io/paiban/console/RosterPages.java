package io.paiban.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.RosterDtos.RosterView;
import io.paiban.planning.roster.RosterService;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.ConstraintScore;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.IntervalCoverage;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.RosterExplanation;
import io.paiban.planning.roster.explanation.RosterExplanationService;
import io.paiban.planning.roster.jobs.SolveJobAccess;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveJobView;
import io.paiban.planning.roster.jobs.SolveJobDtos.SolveRequest;
import io.paiban.planning.roster.jobs.SolveJobManager;
import io.paiban.planning.roster.jobs.SolveService;
import io.paiban.planning.roster.publication.PublicationDtos.PublishRequest;
import io.paiban.planning.roster.publication.PublicationService;
import io.paiban.planning.roster.store.RosterAccess;
import io.paiban.planning.roster.store.RosterViews.AssignmentView;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The roster pages for supervisors, planners and administrators: the list, and one roster as a week grid
 * (agents x days, paged and filtered by team and queue), its coverage chart, solve with live progress and
 * stop, publish with a confirmation and the explanation. Every read and change goes through the same
 * services and the same {@link RosterAccess} scoping as /api/rosters.
 */
@Path("/console/rosters")
@Produces(MediaType.TEXT_HTML)
@PermitAll
@Tag(name = "Console")
public class RosterPages {

    static final int PAGE_SIZE = 40;
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
            "#bab0ac", "#e15759"};

    @Inject
    ConsoleContext ctx;

    @Inject
    ConsoleCsrf csrf;

    @Inject
    RosterService rosters;

    @Inject
    RosterAccess access;

    @Inject
    SolveService solves;

    @Inject
    SolveJobManager jobs;

    @Inject
    SolveJobAccess jobAccess;

    @Inject
    PublicationService publication;

    @Inject
    RosterExplanationService explanations;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("console/rosters")
    Template list;

    @Inject
    @Location("console/roster")
    Template page;

    public record Day(LocalDate date, String label) {
    }

    public record Cell(LocalDate date, boolean working, String code, String time, String queue, String color, boolean changed, String title) {
    }

    public record Row(long agentId, String employeeNo, String name, String team, List<Cell> cells) {
    }

    public record QueueOption(long id, String code, String color) {
    }

    public record ConstraintRow(String name, String level, long impact, int matches) {
    }

    private void requireRosterReader() {
        ctx.require(Role.ADMIN, Role.SUPERVISOR, Role.PLANNER);
    }

    private boolean canChange() {
        return ctx.isOneOf(Role.ADMIN, Role.SUPERVISOR);
    }

    private void requireRoster(long id) {
        requireRosterReader();
        if (!access.canSeeRoster(id)) {
            throw new ConsoleRefused();
        }
    }

    @GET
    @Operation(summary = "Console: rosters the caller may see")
    public TemplateInstance list() {
        requireRosterReader();
        return ctx.page(list.data("rosters", rosters.list(null)), "nav_rosters");
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Console: one roster as a week grid with coverage, solve, publish and explanation")
    public TemplateInstance roster(@PathParam("id") long id, @QueryParam("team") String team, @QueryParam("queue") String queueParam,
                                   @QueryParam("page") Integer pageNo, @QueryParam("covQueue") Long covQueue,
                                   @QueryParam("covDate") LocalDate covDate, @QueryParam("flash") String flash,
                                   @QueryParam("error") String error) throws JsonProcessingException {
        requireRoster(id);
        // the filter form sends queue= for "all"
        Long queue = queueParam == null || queueParam.isBlank() || !queueParam.chars().allMatch(Character::isDigit)
                ? null : Long.valueOf(queueParam);
        RosterView roster = rosters.get(id);
        Site site = Site.findById(roster.siteId());
        List<ServiceQueue> queues = ServiceQueue.<ServiceQueue>list("site.id", roster.siteId()).stream()
                .sorted(Comparator.comparing(q -> q.code)).toList();
        Map<Long, String> colors = new HashMap<>();
        List<QueueOption> queueOptions = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            colors.put(queues.get(i).id, PALETTE[i % PALETTE.length]);
            queueOptions.add(new QueueOption(queues.get(i).id, queues.get(i).code, PALETTE[i % PALETTE.length]));
        }
        Map<Long, String> teams = new HashMap<>();
        for (Agent agent : Agent.<Agent>list("site.id", roster.siteId())) {
            teams.put(agent.id, agent.teamName == null ? "" : agent.teamName);
        }

        List<Day> days = new ArrayList<>();
        for (LocalDate d = roster.firstDate(); !d.isAfter(roster.lastDate()); d = d.plusDays(1)) {
            days.add(new Day(d, d.format(DateTimeFormatter.ofPattern("MM-dd")) + " "
                    + d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, ctx.locale())));
        }
        Map<Long, List<AssignmentView>> byAgent = rosters.assignments(id, null, null, null).stream()
                .collect(Collectors.groupingBy(AssignmentView::agentId, LinkedHashMap::new, Collectors.toList()));
        String teamFilter = team == null || team.isBlank() ? null : team;
        List<Long> agents = byAgent.entrySet().stream()
                .filter(e -> teamFilter == null || teamFilter.equals(teams.get(e.getKey())))
                .filter(e -> queue == null || e.getValue().stream().anyMatch(a -> Objects.equals(a.queueId(), queue)))
                .sorted(Comparator.comparing(e -> e.getValue().get(0).employeeNo()))
                .map(Map.Entry::getKey).toList();
        int pages = Math.max(1, (agents.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = pageNo == null ? 1 : Math.min(Math.max(1, pageNo), pages);
        List<Row> rows = new ArrayList<>();
        for (Long agentId : agents.subList((current - 1) * PAGE_SIZE, Math.min(agents.size(), current * PAGE_SIZE))) {
            List<AssignmentView> mine = byAgent.get(agentId);
            Map<LocalDate, AssignmentView> byDate = mine.stream().collect(Collectors.toMap(AssignmentView::date, a -> a, (a, b) -> a));
            List<Cell> cells = new ArrayList<>();
            for (Day day : days) {
                AssignmentView a = byDate.get(day.date());
                if (a == null || !a.working()) {
                    cells.add(new Cell(day.date(), false, "", "", "", "", a != null && a.changedSincePublication(), ""));
                } else {
                    String time = a.start().format(HM) + "-" + a.end().format(HM);
                    cells.add(new Cell(day.date(), true, a.shiftTemplateCode(), time, a.queueCode(), colors.getOrDefault(a.queueId(), "#888"),
                            a.changedSincePublication(), a.shiftTemplateCode() + " " + a.queueCode() + " " + time));
                }
            }
            rows.add(new Row(agentId, mine.get(0).employeeNo(), mine.get(0).agentName(), teams.getOrDefault(agentId, ""), cells));
        }

        Long chartQueue = covQueue != null ? covQueue : queues.isEmpty() ? null : queues.get(0).id;
        LocalDate chartDate = covDate != null && !covDate.isBefore(roster.firstDate()) && !covDate.isAfter(roster.lastDate())
                ? covDate : roster.firstDate();
        Map<String, Object> chart = new LinkedHashMap<>();
        int shortIntervals = 0;
        if (chartQueue != null && roster.agentDays() > 0) {
            List<IntervalCoverage> coverage = explanations.coverage(id, chartQueue, chartDate, false);
            chart.put("labels", coverage.stream().map(c -> c.start().format(HM)).toList());
            chart.put("required", coverage.stream().map(IntervalCoverage::required).toList());
            chart.put("rostered", coverage.stream().map(IntervalCoverage::rostered).toList());
            shortIntervals = (int) coverage.stream().filter(c -> c.shortfall() > 0).count();
        }
        RosterExplanation explanation = roster.agentDays() > 0 ? explanations.explain(id) : null;
        List<ConstraintRow> constraints = explanation == null ? List.of() : explanation.constraints().stream()
                .filter(c -> c.impact() != 0)
                .sorted(Comparator.comparingLong((ConstraintScore c) -> c.impact()))
                .limit(8).map(c -> new ConstraintRow(c.name(), c.level().name(), c.impact(), c.matchCount())).toList();

        SolveJobView job = roster.latestJob();
        return ctx.page(page.data("roster", roster).data("site", site).data("days", days).data("rows", rows)
                .data("queues", queueOptions).data("teams", new TreeSet<>(teams.values().stream().filter(t -> !t.isEmpty()).toList()))
                .data("team", teamFilter).data("queue", queue).data("page", current).data("pages", pages)
                .data("agentCount", agents.size())
                .data("covQueue", chartQueue).data("covDate", chartDate).data("chartJson", json.writeValueAsString(chart))
                .data("shortIntervals", shortIntervals)
                .data("job", job).data("jobLive", job != null && job.status().isLive())
                .data("explanation", explanation).data("constraints", constraints)
                .data("metShare", explanation == null ? "" : String.format("%.1f%%", 100 * explanation.coverage().metShare()))
                .data("canChange", canChange()).data("flash", flash).data("error", error)
                .data("zone", site.zone().getId()), "nav_rosters");
    }

    @POST
    @Path("/{id}/solve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: start a solve job")
    public Response solve(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @FormParam("timeLimitSeconds") Integer timeLimit,
                          @FormParam("stepLimit") Integer stepLimit) {
        csrf.verify(csrfToken);
        requireRoster(id);
        if (!canChange()) {
            throw new ConsoleRefused();
        }
        try {
            solves.solve(id, new SolveRequest(null, clamp(timeLimit, 3600), null, clamp(stepLimit, 100_000_000)));
            return back(id, "flash", "solve_started");
        } catch (ApiException e) {
            return back(id, "error", e.getMessage());
        }
    }

    @POST
    @Path("/{id}/jobs/{jobId}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: stop a solve job")
    public Response stop(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @PathParam("jobId") long jobId) {
        csrf.verify(csrfToken);
        requireRoster(id);
        if (!canChange()) {
            throw new ConsoleRefused();
        }
        jobAccess.requireJob(jobId);
        jobs.stop(jobId);
        return back(id, "flash", "stopped");
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Console: publish the roster (after the confirmation)")
    public Response publish(@FormParam(ConsoleCsrf.FIELD) String csrfToken, @PathParam("id") long id, @FormParam("version") Long version) {
        csrf.verify(csrfToken);
        requireRoster(id);
        if (!canChange()) {
            throw new ConsoleRefused();
        }
        try {
            publication.publish(id, new PublishRequest(version, null));
            return back(id, "flash", "published");
        } catch (ApiException e) {
            return back(id, "error", e.getMessage());
        }
    }

    private static Integer clamp(Integer value, int max) {
        return value == null ? null : Math.max(1, Math.min(max, value));
    }

    private static Response back(long id, String key, String value) {
        return Response.seeOther(URI.create("/console/rosters/" + id + "?" + key + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8))).build();
    }
}
