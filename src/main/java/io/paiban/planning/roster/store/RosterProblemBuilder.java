package io.paiban.planning.roster.store;

import io.paiban.planning.roster.inputs.AgentAbsence;
import io.paiban.planning.roster.inputs.FlexOffer;
import io.paiban.planning.roster.inputs.Preference;
import io.paiban.planning.roster.inputs.PreferenceKind;
import io.paiban.planning.roster.inputs.RosterWeights;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.AgentHistory;
import io.paiban.planning.roster.solver.AgentPreference;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.DutyCatalog;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Published;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.RosterQueue;
import io.paiban.planning.roster.solver.ShiftTemplateSpec;
import io.paiban.planning.roster.solver.Unavailability;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.staffing.IntervalRequirement;
import io.paiban.planning.staffing.StaffingRun;
import io.paiban.planning.staffing.StaffingStore;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.kernel.AgentStatus;
import io.paiban.masterdata.workforce.Certification;
import io.paiban.kernel.EmploymentType;
import io.paiban.masterdata.queue.OpeningHours;
import io.paiban.masterdata.shift.ShiftOffering;
import io.paiban.masterdata.shift.ShiftTemplateWindowService;
import io.paiban.masterdata.training.TrainingService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the solver problem of a stored roster from the database: the site's queues, its ACTIVE and TRAINEE
 * agents (trainees and leavers get no duty options; a queue whose product training the agent missed is gone from its deadline), the active shift templates, the staffing run's scheduled
 * agents per queue and interval, approved absences, flex offers, wishes, weights, the history of the published
 * rosters before the horizon, and the roster's own stored assignments (initial values, pins, published baseline).
 * Call inside a transaction.
 */
@ApplicationScoped
public class RosterProblemBuilder {

    /** Days of published history read before the horizon (consecutive days, last shift, rest days). */
    static final int HISTORY_DAYS = 14;

    @Inject
    StaffingStore staffing;

    @Inject
    RosterStore store;

    @Inject
    RosterWeights weights;

    @Inject
    ShiftTemplateWindowService windows;

    @Inject
    TrainingService training;

    public static Horizon horizon(SiteRoster roster, ZoneId zone) {
        return Horizon.ofWeeks(roster.firstDate, roster.weeks, zone);
    }

    /** The staffing run must exist and cover every interval of the horizon. */
    public static StaffingRun requireStaffingRun(Long staffingRunId, Horizon horizon) {
        StaffingRun run = StaffingRun.<StaffingRun>findByIdOptional(staffingRunId)
                .orElseThrow(() -> ApiException.invalidField("staffingRunId", "staffing run " + staffingRunId + " does not exist"));
        Instant start = horizon.start().toInstant();
        Instant end = horizon.start().plusMinutes(horizon.totalMinutes()).toInstant();
        if (run.horizonStart.isAfter(start) || run.horizonEnd.isBefore(end)) {
            String message = "staffing run " + run.id + " covers " + run.horizonStart + " to " + run.horizonEnd
                    + ", not the roster horizon " + start + " to " + end;
            throw new ApiException(ProblemKind.UNPROCESSABLE, "staffingRunId: " + message,
                    List.of(Problem.InvalidParam.field("staffingRunId", message)));
        }
        return run;
    }

    public RosterProblem build(SiteRoster roster) {
        Site site = Site.findById(roster.siteId);
        ZoneId zone = site.zone();
        Horizon horizon = horizon(roster, zone);
        StaffingRun run = requireStaffingRun(roster.staffingRunId, horizon);

        List<RosterStore.Row> rows = store.load(roster.id);
        List<ServiceQueue> siteQueues = ServiceQueue.list("site.id", Sort.by("id"), site.id);
        Map<Long, ServiceQueue> queuesById = new LinkedHashMap<>();
        siteQueues.forEach(q -> queuesById.put(q.id, q));
        List<RosterQueue> queues = new ArrayList<>();
        Map<Long, RosterQueue> rosterQueues = new HashMap<>();
        for (ServiceQueue q : siteQueues) {
            RosterQueue rq = new RosterQueue(String.valueOf(q.id), q.channel, openIntervals(q, horizon));
            queues.add(rq);
            rosterQueues.put(q.id, rq);
        }

        Map<Long, ShiftTemplate> templates = templates(rows);
        Set<Long> clients = siteQueues.stream().map(q -> q.client.id).collect(Collectors.toSet());
        Map<Long, Set<LocalDate>> enabled = windows.enabledDates(site.id, clients, horizon.startDate(), horizon.date(horizon.days() - 1));
        List<ShiftTemplateSpec> specs = templates.values().stream().map(t -> t.offering == ShiftOffering.WINDOWED
                ? spec(t).offeredOn(enabled.getOrDefault(t.id, Set.of())) : spec(t)).toList();
        Map<RosterQueue, int[]> required = required(run, horizon, rosterQueues);
        DutyCatalog catalog = new DutyCatalog(horizon, specs, queues, required);

        List<Agent> agentEntities = agents(site, rows);
        Map<Long, Agent> agentsById = new LinkedHashMap<>();
        agentEntities.forEach(a -> agentsById.put(a.id, a));
        Map<Long, AgentHistory> histories = histories(roster, horizon, templates);
        Map<Long, Set<LocalDate>> offers = offers(agentsById.keySet(), horizon);
        Map<Long, Map<Long, LocalDate>> lapses = training.lapses(agentEntities, horizon.date(horizon.days() - 1));

        Map<String, DutyRef> stored = new HashMap<>();
        Map<String, RosterStore.Row> rowById = new HashMap<>();
        for (RosterStore.Row row : rows) {
            String id = RosterProblem.dayId(row.agentId(), row.date());
            rowById.put(id, row);
            stored.put(id, new DutyRef(row.templateId(), row.queueId()));
        }

        List<RosterAgent> agents = new ArrayList<>();
        Map<Long, RosterAgent> rosterAgents = new HashMap<>();
        List<AgentDay> agentDays = new ArrayList<>();
        for (Agent a : agentEntities) {
            RosterAgent agent = rosterAgent(a, rosterQueues.keySet(), offers.getOrDefault(a.id, Set.of()),
                    histories.getOrDefault(a.id, AgentHistory.NONE), lapses.getOrDefault(a.id, Map.of()));
            agents.add(agent);
            rosterAgents.put(a.id, agent);
            for (int d = 0; d < horizon.days(); d++) {
                LocalDate date = horizon.date(d);
                List<Duty> options = agent.isActive() && agent.isAvailableOn(date) ? catalog.dutiesFor(agent, d) : List.of();
                agentDays.add(new AgentDay(agent, d, date, horizon.weekIndex(d), options));
            }
        }

        Roster solution = new Roster(horizon, agents, queues, catalog.slots(), unavailabilities(rosterAgents, horizon),
                preferences(rosterAgents, horizon, templates), agentDays, weights.configuration(site, siteQueues));
        RosterProblem problem = new RosterProblem(roster.id, zone, horizon, catalog, solution, agentsById, queuesById, templates, stored);
        for (AgentDay day : agentDays) {
            RosterStore.Row row = rowById.get(day.getId());
            if (row != null) {
                day.setDuty(problem.duty(day, new DutyRef(row.templateId(), row.queueId())));
                if (row.hasPublished()) {
                    Duty published = problem.duty(day, new DutyRef(row.publishedTemplateId(), row.publishedQueueId()));
                    day.setPublished(published == null ? Published.DAY_OFF : new Published(published));
                }
            }
            day.setPinned(day.getDutyOptions().isEmpty() || (row != null && row.pinned()));
        }
        return problem;
    }

    /**
     * Whether the queue is open in each interval of the horizon: an interval is open when its start falls in an
     * opening period of its weekday or in one of the day before that runs past midnight. A queue without opening
     * hours counts as always open.
     */
    static boolean[] openIntervals(ServiceQueue queue, Horizon horizon) {
        if (queue.openingHours.isEmpty()) {
            return null;
        }
        boolean[] open = new boolean[horizon.intervalCount()];
        for (int i = 0; i < open.length; i++) {
            ZonedDateTime t = horizon.start().plusMinutes((long) i * horizon.intervalMinutes());
            LocalTime time = t.toLocalTime();
            for (OpeningHours h : queue.openingHours) {
                boolean allDay = h.opensAt.equals(h.closesAt);
                if (h.dayOfWeek == t.getDayOfWeek()) {
                    open[i] |= allDay || (!time.isBefore(h.opensAt) && (h.crossesMidnight() || time.isBefore(h.closesAt)));
                } else if (h.dayOfWeek == t.getDayOfWeek().minus(1) && h.crossesMidnight() && !allDay) {
                    open[i] |= time.isBefore(h.closesAt);
                }
            }
        }
        return open;
    }

    /** Active templates, plus any inactive one still named by a stored assignment. */
    private static Map<Long, ShiftTemplate> templates(List<RosterStore.Row> rows) {
        Set<Long> used = new HashSet<>();
        for (RosterStore.Row row : rows) {
            if (row.templateId() != null) {
                used.add(row.templateId());
            }
            if (row.publishedTemplateId() != null) {
                used.add(row.publishedTemplateId());
            }
        }
        Map<Long, ShiftTemplate> templates = new LinkedHashMap<>();
        for (ShiftTemplate t : ShiftTemplate.<ShiftTemplate>listAll(Sort.by("startTime").and("code"))) {
            if (t.active || used.contains(t.id)) {
                templates.put(t.id, t);
            }
        }
        return templates;
    }

    static ShiftTemplateSpec spec(ShiftTemplate t) {
        return new ShiftTemplateSpec(t.code, t.kind, t.startTime, t.endTime, t.paidMinutes,
                t.breaks.stream().map(b -> new ShiftTemplateSpec.Break(b.offsetMinutes, b.durationMinutes)).toList());
    }

    /**
     * Scheduled agents per queue and 30-minute roster interval: the largest value of the staffing intervals that
     * overlap it (a 15-minute run gives the larger of its two halves, an hourly run its value to both halves).
     */
    private Map<RosterQueue, int[]> required(StaffingRun run, Horizon horizon, Map<Long, RosterQueue> queues) {
        Instant start = horizon.start().toInstant();
        int intervals = horizon.intervalCount();
        int len = horizon.intervalMinutes();
        Map<RosterQueue, int[]> required = new HashMap<>();
        List<IntervalRequirement> values = staffing.values(run.id, null, start.minusSeconds(run.intervalMinutes * 60L),
                start.plusSeconds(horizon.totalMinutes() * 60L));
        for (IntervalRequirement v : values) {
            RosterQueue queue = queues.get(v.queueId());
            if (queue == null || v.scheduledAgents() <= 0) {
                continue;
            }
            int[] need = required.computeIfAbsent(queue, q -> new int[intervals]);
            long from = Duration.between(start, v.intervalStart()).toMinutes();
            long to = from + run.intervalMinutes;
            for (long i = Math.max(0, Math.floorDiv(from, len)); i < intervals && i * len < to; i++) {
                need[(int) i] = Math.max(need[(int) i], v.scheduledAgents());
            }
        }
        return required;
    }

    /** ACTIVE and TRAINEE agents of the site, plus anyone (a leaver) still holding a stored assignment. */
    private static List<Agent> agents(Site site, List<RosterStore.Row> rows) {
        Set<Long> stored = rows.stream().map(RosterStore.Row::agentId).collect(Collectors.toSet());
        return Agent.<Agent>list("site.id", Sort.by("id"), site.id).stream()
                .filter(a -> a.status != AgentStatus.LEFT || stored.contains(a.id))
                .toList();
    }

    private static RosterAgent rosterAgent(Agent a, Set<Long> siteQueues, Set<LocalDate> offered, AgentHistory history,
                                           Map<Long, LocalDate> lapses) {
        Set<String> certified = a.certifications.stream().map((Certification c) -> c.queueId)
                .filter(siteQueues::contains).map(String::valueOf).collect(Collectors.toSet());
        RosterAgent.Builder builder = RosterAgent.builder(String.valueOf(a.id))
                .status(a.status)
                .certifiedFor(certified)
                .certificationLapses(lapses.entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)))
                .contractMinutesPerWeek(a.contractHoursPerWeek.multiply(BigDecimal.valueOf(60)).intValue())
                .nightEligible(a.nightEligible)
                .hourlyCostFen(a.hourlyCost.movePointRight(2).longValue())
                .history(history);
        if (a.employmentType == EmploymentType.FLEX_POOL) {
            builder.flexPool(offered);
        }
        return builder.build();
    }

    private static Map<Long, Set<LocalDate>> offers(Set<Long> agentIds, Horizon horizon) {
        Map<Long, Set<LocalDate>> offers = new HashMap<>();
        List<FlexOffer> rows = FlexOffer.list("offerDate >= ?1 and offerDate <= ?2", horizon.startDate(), horizon.date(horizon.days() - 1));
        for (FlexOffer o : rows) {
            if (agentIds.contains(o.agentId)) {
                offers.computeIfAbsent(o.agentId, k -> new HashSet<>()).add(o.offerDate);
            }
        }
        return offers;
    }

    /** Approved absences: whole days become day-long unavailability, instant ranges minute ranges. */
    private static List<Unavailability> unavailabilities(Map<Long, RosterAgent> agents, Horizon horizon) {
        LocalDate first = horizon.startDate();
        LocalDate last = horizon.date(horizon.days() - 1);
        ZonedDateTime start = horizon.start();
        List<Unavailability> result = new ArrayList<>();
        List<AgentAbsence> absences = AgentAbsence.list("approved = true and ((firstDate <= ?1 and lastDate >= ?2)"
                        + " or (startsAt < ?3 and endsAt > ?4))", last, first,
                start.plusMinutes(horizon.totalMinutes()).plusDays(1).toInstant(), start.minusDays(1).toInstant());
        for (AgentAbsence absence : absences) {
            RosterAgent agent = agents.get(absence.agentId);
            if (agent == null) {
                continue;
            }
            if (absence.isWholeDays()) {
                LocalDate from = absence.firstDate.isBefore(first) ? first : absence.firstDate;
                LocalDate to = absence.lastDate.isAfter(last) ? last : absence.lastDate;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    result.add(Unavailability.wholeDay(agent, d));
                }
            } else {
                int from = (int) Duration.between(start.toInstant(), absence.startsAt).toMinutes();
                int to = (int) Duration.between(start.toInstant(), absence.endsAt).toMinutes();
                result.add(Unavailability.range(agent, Math.max(from, -24 * 60), Math.min(to, horizon.totalMinutes() + 24 * 60)));
            }
        }
        return result;
    }

    private static List<AgentPreference> preferences(Map<Long, RosterAgent> agents, Horizon horizon, Map<Long, ShiftTemplate> templates) {
        List<AgentPreference> result = new ArrayList<>();
        for (Preference p : Preference.<Preference>listAll(Sort.by("id"))) {
            RosterAgent agent = agents.get(p.agentId);
            if (agent == null || (p.date != null && (p.date.isBefore(horizon.startDate())
                    || p.date.isAfter(horizon.date(horizon.days() - 1))))) {
                continue;
            }
            String code = null;
            if (p.shiftTemplateId != null) {
                ShiftTemplate t = templates.get(p.shiftTemplateId);
                if (t == null) {
                    continue;
                }
                code = t.code;
            }
            result.add(new AgentPreference(agent, p.date, p.dayOfWeek, code, p.kind == PreferenceKind.DESIRED, p.weight));
        }
        return result;
    }

    /**
     * History from the site's published rosters of the two weeks before the horizon: consecutive working days up
     * to the day before, the end of the last shift (minutes from the horizon start) and the rest days of the week
     * before. A day that no published roster covers counts as not worked.
     */
    private Map<Long, AgentHistory> histories(SiteRoster roster, Horizon horizon, Map<Long, ShiftTemplate> templates) {
        LocalDate first = horizon.startDate();
        Map<Long, TreeMap<LocalDate, Long>> byAgent = new HashMap<>();
        for (RosterStore.PublishedDay day : store.publishedDays(roster.siteId, roster.id, first.minusDays(HISTORY_DAYS), first.minusDays(1))) {
            byAgent.computeIfAbsent(day.agentId(), k -> new TreeMap<>()).put(day.date(), day.templateId() == null ? -1L : day.templateId());
        }
        Map<Long, ShiftTemplate> all = new HashMap<>(templates);
        Map<Long, AgentHistory> result = new HashMap<>();
        byAgent.forEach((agentId, days) -> {
            int consecutive = 0;
            for (LocalDate d = first.minusDays(1); days.containsKey(d) && days.get(d) >= 0; d = d.minusDays(1)) {
                consecutive++;
            }
            Integer lastEnd = null;
            for (Map.Entry<LocalDate, Long> e : days.descendingMap().entrySet()) {
                if (e.getValue() >= 0) {
                    ShiftTemplate t = all.computeIfAbsent(e.getValue(), id -> ShiftTemplate.findById(id));
                    if (t != null) {
                        lastEnd = (int) Duration.between(horizon.start(), t.placeOn(e.getKey(), horizon.zone()).end()).toMinutes();
                    }
                    break;
                }
            }
            Set<LocalDate> rest = new HashSet<>();
            days.forEach((date, template) -> {
                if (template < 0 && !date.isBefore(first.minusDays(7))) {
                    rest.add(date);
                }
            });
            result.put(agentId, new AgentHistory(consecutive, lastEnd, rest));
        });
        return result;
    }
}
