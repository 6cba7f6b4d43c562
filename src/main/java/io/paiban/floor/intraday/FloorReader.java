package io.paiban.floor.intraday;

import io.agroal.api.AgroalDataSource;
import io.paiban.floor.attendance.AttendanceEvent;
import io.paiban.floor.attendance.PublishedShifts;
import io.paiban.floor.attendance.rules.EventKind;
import io.paiban.planning.forecast.ForecastRun;
import io.paiban.planning.forecast.ForecastDtos;
import io.paiban.planning.forecast.ForecastReportService;
import io.paiban.planning.history.IntervalActual;
import io.paiban.planning.history.IntervalActuals;
import io.paiban.floor.intraday.engine.ErlangServiceCurve;
import io.paiban.floor.intraday.engine.PlanInput;
import io.paiban.floor.intraday.engine.PlanInput.FlexAgent;
import io.paiban.floor.intraday.engine.PlanInput.QueueDay;
import io.paiban.floor.intraday.engine.PlanInput.Slot;
import io.paiban.floor.intraday.engine.PlanInput.Span;
import io.paiban.floor.intraday.engine.PlanInput.StaffMember;
import io.paiban.floor.intraday.engine.ServiceCurve;
import io.paiban.floor.intraday.engine.WorkingTimeRules;
import io.paiban.floor.intraday.engine.WorkloadServiceCurve;
import io.paiban.platform.error.ApiException;
import io.paiban.kernel.Channel;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.kernel.TargetKind;
import io.paiban.planning.roster.inputs.AgentAbsence;
import io.paiban.planning.roster.inputs.FlexOffer;
import io.paiban.masterdata.shift.ShiftTemplate;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.staffing.model.ChatConcurrency;
import io.paiban.planning.staffing.model.CustomerPatience;
import io.paiban.planning.staffing.model.QueueModel;
import io.paiban.planning.staffing.model.ServiceTarget;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.kernel.AgentStatus;
import io.paiban.masterdata.workforce.Certification;
import io.paiban.kernel.EmploymentType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * Reads the floor of a site at an instant: today's forecast (the newest forecast run covering the instant),
 * the actuals imported so far, the published roster of today (and of yesterday's shifts still running), who is
 * there (approved absences, attendance clock events: a shift started more than no-show-minutes ago without a
 * clock-in, or clocked out, is not present), the flex-pool agents who offered today, and each agent's overtime
 * allowance under the rest and weekly-hour rules. Call inside a transaction.
 */
@ApplicationScoped
public class FloorReader {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ForecastReportService forecastReports;

    @Inject
    PublishedShifts published;

    @Inject
    IntervalActuals intervalActuals;

    @Inject
    IntradayConfig config;

    Floor read(long siteId, Instant at) {
        Site site = Site.findById(siteId);
        ZoneId zone = site.zone();
        LocalDate date = LocalDate.ofInstant(at, zone);
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        ForecastRun run = ForecastRun.<ForecastRun>find("siteId = ?1 and horizonStart <= ?2 and horizonEnd > ?2", Sort.descending("id"),
                siteId, at).firstResult();
        if (run == null) {
            throw ApiException.unprocessable("No forecast run of site " + siteId + " covers " + at + "; run a forecast first");
        }
        int minutes = run.intervalMinutes;
        Map<Long, ShiftTemplate> templates = new HashMap<>();
        Map<Long, Agent> agents = new HashMap<>();

        // published duty of today and the days around it
        Map<Long, Floor.Rostered> today = rosteredOn(siteId, date);
        Map<Long, PublishedShifts.PublishedShift> yesterday = byAgent(published.load(siteId, date.minusDays(1), date.minusDays(1), null));
        Map<Long, PublishedShifts.PublishedShift> tomorrow = byAgent(published.load(siteId, date.plusDays(1), date.plusDays(1), null));
        Map<Long, Integer> weekMinutes = weekPaidMinutes(siteId, date, templates);

        Set<Long> agentIds = new HashSet<>(today.keySet());
        yesterday.keySet().forEach(agentIds::add);
        List<Agent> flexAgents = Agent.<Agent>list("site.id = ?1 and employmentType = ?2 and status = ?3", siteId,
                EmploymentType.FLEX_POOL, AgentStatus.ACTIVE);
        Set<Long> offered = FlexOffer.<FlexOffer>list("offerDate", date).stream().map(o -> o.agentId).collect(Collectors.toSet());
        flexAgents.forEach(a -> agentIds.add(a.id));
        Map<Long, List<AgentAbsence>> absences = agentIds.isEmpty() ? Map.of()
                : AgentAbsence.<AgentAbsence>list("approved = true and agentId in ?1", agentIds).stream()
                .collect(Collectors.groupingBy(a -> a.agentId));
        Map<Long, List<AttendanceEvent>> events = agentIds.isEmpty() ? Map.of()
                : AttendanceEvent.<AttendanceEvent>list("agentId in ?1 and occurredAt >= ?2 and occurredAt <= ?3",
                Sort.by("occurredAt").and("id"), agentIds, dayStart.minus(Duration.ofHours(12)), at).stream()
                .collect(Collectors.groupingBy(e -> e.agentId));

        List<StaffMember> staff = new ArrayList<>();
        List<Floor.StaffLine> lines = new ArrayList<>();
        Instant latestEnd = dayEnd;
        List<Floor.Rostered> shifts = new ArrayList<>(today.values());
        Map<Long, Floor.Rostered> rostered = new LinkedHashMap<>(today);
        for (Floor.Rostered r : shifts) {
            if (r.templateId() == null) {
                continue;
            }
            Agent agent = agents.computeIfAbsent(r.agentId(), id -> Agent.findById(id));
            ShiftTemplate t = template(templates, r.templateId());
            ShiftTimes times = ShiftTimes.of(t, date, zone);
            latestEnd = times.end().isAfter(latestEnd) ? times.end() : latestEnd;
            Instant nextStart = tomorrow.containsKey(r.agentId())
                    ? ShiftTimes.of(template(templates, tomorrow.get(r.agentId()).templateId()), date.plusDays(1), zone).start() : null;
            int limit = WorkingTimeRules.overtimeLimit(times.end(), nextStart, config.minRestMinutes(),
                    weekMinutes.getOrDefault(r.agentId(), 0), contractMinutes(agent), config.maxOvertimeMinutes());
            String absent = absence(agent, date, times, at, absences.getOrDefault(r.agentId(), List.of()),
                    events.getOrDefault(r.agentId(), List.of()));
            List<Span> breaks = new ArrayList<>(times.breaks());
            breaks.addAll(partialAbsences(absences.getOrDefault(r.agentId(), List.of())));
            staff.add(new StaffMember(agent.id, agent.employeeNo, r.queueId(), times.start(), times.end(), breaks,
                    certified(agent, date), agent.hourlyCost.doubleValue(), limit, absent == null, true));
            lines.add(new Floor.StaffLine(agent.id, agent.employeeNo, r.queueId(), t.code, times.start(), times.end(), absent == null, absent, limit));
        }
        // yesterday's shifts still running (a night shift until 01:00): counted, but not extended or moved by today's run
        for (PublishedShifts.PublishedShift y : yesterday.values()) {
            ShiftTemplate t = template(templates, y.templateId());
            ShiftTimes times = ShiftTimes.of(t, date.minusDays(1), zone);
            boolean workingToday = today.containsKey(y.agentId()) && today.get(y.agentId()).templateId() != null;
            if (times.end().isAfter(at) && !workingToday) {
                Agent agent = agents.computeIfAbsent(y.agentId(), id -> Agent.findById(id));
                String absent = absence(agent, date.minusDays(1), times, at, absences.getOrDefault(y.agentId(), List.of()),
                        events.getOrDefault(y.agentId(), List.of()));
                staff.add(new StaffMember(agent.id, agent.employeeNo, y.queueId(), times.start(), times.end(), times.breaks(), Set.of(),
                        agent.hourlyCost.doubleValue(), 0, absent == null, false));
            }
        }
        List<FlexAgent> flex = new ArrayList<>();
        for (Agent a : flexAgents) {
            if (!offered.contains(a.id) || today.containsKey(a.id) && today.get(a.id).templateId() != null
                    || wholeDayAbsent(absences.getOrDefault(a.id, List.of()), date)) {
                continue;
            }
            Instant earliest = dayStart;
            if (yesterday.containsKey(a.id)) {
                Instant after = WorkingTimeRules.earliestStartAfter(
                        ShiftTimes.of(template(templates, yesterday.get(a.id).templateId()), date.minusDays(1), zone).end(), config.minRestMinutes());
                earliest = after.isAfter(earliest) ? after : earliest;
            }
            Instant latest = dayEnd;
            if (tomorrow.containsKey(a.id)) {
                Instant before = WorkingTimeRules.latestEndBefore(
                        ShiftTimes.of(template(templates, tomorrow.get(a.id).templateId()), date.plusDays(1), zone).start(), config.minRestMinutes());
                latest = before.isBefore(latest) ? before : latest;
            }
            if (!a.nightEligible) {
                Instant night = date.atTime(LocalTime.of(22, 0)).atZone(zone).toInstant();
                latest = night.isBefore(latest) ? night : latest;
            }
            int weekLeft = contractMinutes(a) - weekMinutes.getOrDefault(a.id, 0);
            if (weekLeft > 0 && latest.isAfter(earliest)) {
                flex.add(new FlexAgent(a.id, a.employeeNo, certified(a, date), a.hourlyCost.doubleValue(), earliest, latest, weekLeft));
            }
        }

        List<ServiceQueue> queues = ServiceQueue.list("site.id", Sort.by("id"), siteId);
        Instant to = latestEnd.isBefore(run.horizonEnd) ? latestEnd : run.horizonEnd;
        List<QueueDay> days = queueDays(run, queues, dayStart, to, at, minutes);
        PlanInput input = new PlanInput(at, minutes, days, staff, flex, config.settings());
        return new Floor(siteId, zone, date, at, run.id, input, rostered, lines);
    }

    private List<QueueDay> queueDays(ForecastRun run, List<ServiceQueue> queues, Instant from, Instant to, Instant at, int minutes) {
        List<Long> ids = queues.stream().map(q -> q.id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeMap<Instant, double[]>> forecast = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        for (ForecastDtos.ValueView v : forecastReports.values(run.id, null, from, to)) {
            if (wanted.contains(v.queueId())) { // the supervisor's adjustments are part of the forecast
                forecast.computeIfAbsent(v.queueId(), k -> new TreeMap<>())
                        .put(v.intervalStart(), new double[]{Math.max(0, v.adjustedVolume()), v.ahtSeconds()});
            }
        }
        Map<Long, Map<Instant, double[]>> actual = actuals(ids, from, at, minutes);
        List<QueueDay> days = new ArrayList<>();
        for (ServiceQueue q : queues) {
            TreeMap<Instant, double[]> values = forecast.get(q.id);
            if (values == null) {
                continue;
            }
            List<Slot> slots = new ArrayList<>();
            Map<Instant, double[]> seen = actual.getOrDefault(q.id, Map.of());
            values.forEach((start, v) -> {
                double[] a = seen.get(start);
                Double volume = a == null ? null : a[0];
                Double aht = a == null || a[1] <= 0 ? null : a[2] / a[1];
                slots.add(new Slot(start, v[0], v[1] > 0 ? v[1] : q.defaultHandleSeconds, volume, aht));
            });
            days.add(new QueueDay(q.id, q.code, q.target.targetShare.doubleValue(), curve(q, minutes), slots));
        }
        return days;
    }

    static ServiceCurve curve(ServiceQueue q, int minutes) {
        if (q.channel.isDeferred() || q.target.kind != TargetKind.ANSWER_WITHIN || q.target.thresholdSeconds == null) {
            return new WorkloadServiceCurve(minutes);
        }
        QueueModel model = q.channel == Channel.CHAT && q.chatConcurrency > 1
                ? QueueModel.chat(ChatConcurrency.of(q.chatConcurrency, 0.0), CustomerPatience.infinite())
                : QueueModel.erlangC();
        return new ErlangServiceCurve(model, ServiceTarget.of(q.target.targetShare.doubleValue(), q.target.thresholdSeconds), minutes);
    }

    /**
     * Offered, answered and handle seconds per queue and forecast interval, from the interval actuals before {@code at}
     * (answered only of the rows that reported handle time: it is the AHT denominator).
     */
    private Map<Long, Map<Instant, double[]>> actuals(List<Long> queueIds, Instant from, Instant at, int minutes) {
        Map<Long, Map<Instant, double[]>> out = new HashMap<>();
        for (IntervalActual a : intervalActuals.between(queueIds, from, at)) {
            long offset = Duration.between(from, a.intervalStart()).toMinutes() / minutes * minutes;
            double[] sum = out.computeIfAbsent(a.queueId(), k -> new HashMap<>())
                    .computeIfAbsent(from.plus(offset, ChronoUnit.MINUTES), k -> new double[3]);
            sum[0] += a.offered();
            if (a.handleSeconds() != null) {
                sum[1] += a.answered();
                sum[2] += a.handleSeconds();
            }
        }
        return out;
    }

    /** Per agent the published duty of the date (latest publication wins), with the roster that holds it. */
    Map<Long, Floor.Rostered> rosteredOn(long siteId, LocalDate date) {
        String sql = "SELECT a.agent_id, a.roster_id, a.published_template_id, a.published_queue_id FROM roster_assignment a"
                + " JOIN roster r ON r.id = a.roster_id WHERE r.site_id = ? AND r.publication_no > 0 AND a.has_published"
                + " AND a.work_date = ? ORDER BY r.published_at, r.id";
        Map<Long, Floor.Rostered> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, siteId);
            s.setObject(2, date);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long template = rs.getLong(3);
                    Long templateId = rs.wasNull() ? null : template;
                    long queue = rs.getLong(4);
                    Long queueId = rs.wasNull() ? null : queue;
                    out.put(rs.getLong(1), new Floor.Rostered(rs.getLong(1), rs.getLong(2), date, templateId, queueId));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the published roster: " + e.getMessage(), e);
        }
        return out;
    }

    /** Published paid minutes per agent in the roster week (7 days from a roster's first date) holding the date. */
    private Map<Long, Integer> weekPaidMinutes(long siteId, LocalDate date, Map<Long, ShiftTemplate> templates) {
        LocalDate weekStart = weekStart(siteId, date);
        Map<Long, Integer> minutes = new HashMap<>();
        for (PublishedShifts.PublishedShift s : published.load(siteId, weekStart, weekStart.plusDays(6), null)) {
            minutes.merge(s.agentId(), template(templates, s.templateId()).paidMinutes, Integer::sum);
        }
        return minutes;
    }

    LocalDate weekStart(long siteId, LocalDate date) {
        String sql = "SELECT first_date FROM roster WHERE site_id = ? AND publication_no > 0 AND first_date <= ?"
                + " AND DATE_ADD(first_date, INTERVAL weeks * 7 - 1 DAY) >= ? ORDER BY published_at DESC, id DESC LIMIT 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, siteId);
            s.setObject(2, date);
            s.setObject(3, date);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    LocalDate first = rs.getObject(1, LocalDate.class);
                    return first.plusDays(ChronoUnit.DAYS.between(first, date) / 7 * 7);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read rosters: " + e.getMessage(), e);
        }
        return date.with(java.time.DayOfWeek.MONDAY);
    }

    static int contractMinutes(Agent agent) {
        return agent.contractHoursPerWeek.multiply(java.math.BigDecimal.valueOf(60)).intValue();
    }

    static Set<Long> certified(Agent agent, LocalDate date) {
        return agent.certifications.stream().filter(c -> !c.certifiedOn.isAfter(date)).map((Certification c) -> c.queueId)
                .collect(Collectors.toSet());
    }

    static ShiftTemplate template(Map<Long, ShiftTemplate> cache, long id) {
        return cache.computeIfAbsent(id, k -> ShiftTemplate.findById(k));
    }

    private static Map<Long, PublishedShifts.PublishedShift> byAgent(List<PublishedShifts.PublishedShift> shifts) {
        Map<Long, PublishedShifts.PublishedShift> out = new HashMap<>();
        shifts.forEach(s -> out.put(s.agentId(), s));
        return out;
    }

    static boolean wholeDayAbsent(List<AgentAbsence> absences, LocalDate date) {
        return absences.stream().anyMatch(a -> a.isWholeDays() && !date.isBefore(a.firstDate) && !date.isAfter(a.lastDate));
    }

    private static List<Span> partialAbsences(List<AgentAbsence> absences) {
        return absences.stream().filter(a -> !a.isWholeDays()).map(a -> new Span(a.startsAt, a.endsAt)).toList();
    }

    /**
     * Why a rostered agent is not on the floor at {@code at}, or null: on approved leave for the day, a no-show
     * (the shift started more than no-show-minutes ago and no clock-in since three hours before it), or clocked out.
     */
    String absence(Agent agent, LocalDate workDate, ShiftTimes times, Instant at, List<AgentAbsence> absences, List<AttendanceEvent> events) {
        if (wholeDayAbsent(absences, workDate)) {
            return "ABSENCE";
        }
        if (at.isBefore(times.start().plus(Duration.ofMinutes(config.noShowMinutes())))) {
            return null; // not due yet: expected to come
        }
        Instant windowStart = times.start().minus(Duration.ofHours(3));
        List<AttendanceEvent> mine = events.stream().filter(e -> !e.occurredAt.isBefore(windowStart) && !e.occurredAt.isAfter(at)).toList();
        if (mine.stream().noneMatch(e -> e.kind == EventKind.CLOCK_IN)) {
            return "NO_SHOW";
        }
        return EventKind.stateAfter(mine.get(mine.size() - 1).kind) == EventKind.State.OFF ? "CLOCKED_OUT" : null;
    }
}
