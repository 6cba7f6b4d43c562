package io.paiban.floor.attendance;

import io.paiban.platform.persistence.Filter;
import io.paiban.floor.attendance.AttendanceDtos.EvaluationRunResult;
import io.paiban.floor.attendance.AttendanceDtos.EvaluationView;
import io.paiban.floor.attendance.rules.ApprovedAbsence;
import io.paiban.floor.attendance.rules.ClockEvent;
import io.paiban.floor.attendance.rules.ScheduledShift;
import io.paiban.floor.attendance.rules.ShiftEvaluator;
import io.paiban.floor.attendance.rules.ShiftOutcome;
import io.paiban.floor.attendance.rules.Span;
import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.inputs.AgentAbsence;
import io.paiban.planning.roster.publication.PublishedDuties;
import io.paiban.planning.roster.publication.PublishedDuty;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.site.Site;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evaluates published shifts against the attendance events and stores one row per agent and work date.
 * Evaluating a day again replaces its rows with the same result unless an input changed (a late event, an
 * approved leave, a roster change), so the daily job, corrections and manual runs can all simply re-run days.
 */
@ApplicationScoped
public class EvaluationService {

    /** Events this long after the scheduled end still belong to the shift (overtime, a late clock-out). */
    static final Duration LATEST_CLOCK_OUT = Duration.ofHours(16);
    static final int MAX_RUN_DAYS = 62;

    @Inject
    PublishedDuties roster;

    @Inject
    PolicyService policies;

    @Inject
    MonthlyReportService reports;

    @Inject
    AccessScope scope;

    /** What evaluating one site-day did; {@code changedMonths} need their monthly report again. */
    public record DayResult(int evaluated, int changed, int removed, Set<YearMonth> changedMonths) {
    }

    /** Evaluates the finished shifts of a site-day, of every agent or of one. */
    @Transactional
    public DayResult evaluateDay(long siteId, LocalDate date, Long agentId, Instant now) {
        Site site = Site.<Site>findByIdOptional(siteId).orElseThrow(() -> ApiException.notFound("Site", siteId));
        ZoneId zone = site.zone();
        Map<Long, Long> queueClients = new HashMap<>();
        Map<Long, AttendanceEvaluation> existing = existing(siteId, date, agentId);
        int evaluated = 0;
        int changed = 0;
        for (PublishedDuty published : shifts(siteId, date, agentId)) {
            ScheduledShift shift = scheduled(published);
            if (shift.end().isAfter(now)) {
                continue;
            }
            Long clientId = published.queueId() == null ? null
                    : queueClients.computeIfAbsent(published.queueId(), EvaluationService::clientOfQueue);
            PolicyService.Resolved policy = policies.resolve(siteId, clientId);
            ShiftOutcome outcome = ShiftEvaluator.evaluate(shift, events(published.agentId(), shift),
                    absences(published.agentId(), shift, zone), policy.rules());

            AttendanceEvaluation row = existing.remove(published.agentId());
            if (row == null) {
                row = AttendanceEvaluation.<AttendanceEvaluation>find("agentId = ?1 and workDate = ?2", published.agentId(), date)
                        .firstResultOptional().orElseGet(AttendanceEvaluation::new);
            }
            boolean isNew = row.id == null;
            boolean moved = !isNew && (!published.templateId().equals(row.shiftTemplateId) || row.siteId != siteId
                    || !java.util.Objects.equals(policy.policyId(), row.policyId));
            row.agentId = published.agentId();
            row.siteId = siteId;
            row.workDate = date;
            row.shiftTemplateId = published.templateId();
            row.queueId = published.queueId();
            row.policyId = policy.policyId();
            row.shiftStart = shift.start();
            row.shiftEnd = shift.end();
            row.evaluatedAt = now;
            if (row.set(outcome) || isNew || moved) {
                changed++;
            }
            row.persist();
            evaluated++;
        }
        // a shift that is no longer published (made a day off, moved) has no outcome any more
        int removed = 0;
        for (AttendanceEvaluation stale : existing.values()) {
            if (!stale.shiftEnd.isAfter(now)) {
                stale.delete();
                removed++;
            }
        }
        Set<YearMonth> months = changed + removed > 0 ? Set.of(YearMonth.from(date)) : Set.of();
        return new DayResult(evaluated, changed, removed, months);
    }

    /** The published shifts of a site-day (of every agent or of one); a shift belongs to the day it starts. */
    private List<PublishedDuty> shifts(long siteId, LocalDate date, Long agentId) {
        List<PublishedDuty> duties = agentId == null ? roster.forSite(siteId, date, date)
                : roster.forAgent(agentId, date, date).stream().filter(d -> d.siteId() == siteId).toList();
        return duties.stream().filter(PublishedDuty::working).toList();
    }

    /** The published shift as the attendance rules take it: the instants the roster resolved in the site zone. */
    static ScheduledShift scheduled(PublishedDuty duty) {
        return new ScheduledShift(duty.workDate(), duty.startsAt(), duty.endsAt(),
                duty.breaks().stream().map(b -> new Span(b.startsAt(), b.endsAt())).toList());
    }

    /** Evaluates a range of days and regenerates the monthly reports that already exist for the months that changed. */
    @Transactional
    public EvaluationRunResult evaluateRange(long siteId, LocalDate from, LocalDate to, Instant now) {
        scope.requireSite(siteId);
        LocalDate last = to == null ? from : to;
        if (last.isBefore(from)) {
            throw ApiException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, last) >= MAX_RUN_DAYS) {
            throw ApiException.invalidField("to", "at most " + MAX_RUN_DAYS + " days per run");
        }
        int evaluated = 0;
        int changed = 0;
        int removed = 0;
        Set<YearMonth> months = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            DayResult r = evaluateDay(siteId, d, null, now);
            evaluated += r.evaluated();
            changed += r.changed();
            removed += r.removed();
            months.addAll(r.changedMonths());
        }
        List<String> refreshed = reports.refreshIfGenerated(siteId, months, now);
        return new EvaluationRunResult(siteId, from, last, evaluated, changed, removed, refreshed);
    }

    /**
     * A correction for an agent (an event recorded late): the work dates around the instants that were already
     * evaluated are evaluated again, and their monthly reports follow. Returns the days evaluated again.
     */
    @Transactional
    public int reevaluateAround(long agentId, Collection<Instant> instants, Instant now) {
        Agent agent = Agent.findById(agentId);
        ZoneId zone = agent.site.zone();
        Set<LocalDate> dates = new TreeSet<>();
        for (Instant t : instants) {
            LocalDate local = LocalDate.ofInstant(t, zone);
            dates.add(local.minusDays(1));
            dates.add(local);
        }
        return reevaluateDates(agent, dates, now);
    }

    @Transactional
    public int reevaluateDates(Agent agent, Collection<LocalDate> dates, Instant now) {
        Map<Long, Set<YearMonth>> monthsBySite = new HashMap<>();
        int days = 0;
        for (LocalDate date : dates) {
            AttendanceEvaluation row = AttendanceEvaluation.<AttendanceEvaluation>find("agentId = ?1 and workDate = ?2", agent.id, date)
                    .firstResult();
            if (row == null) {
                continue;
            }
            DayResult r = evaluateDay(row.siteId, date, agent.id, now);
            days++;
            monthsBySite.computeIfAbsent(row.siteId, s -> new TreeSet<>()).addAll(r.changedMonths());
        }
        monthsBySite.forEach((site, months) -> reports.refreshIfGenerated(site, months, now));
        return days;
    }

    public List<EvaluationView> list(Long siteId, Long agentId, LocalDate from, LocalDate to) {
        if (siteId == null && agentId == null) {
            throw ApiException.invalidField("siteId", "give siteId or agentId");
        }
        if (siteId != null) {
            scope.requireSite(siteId);
        }
        if (agentId != null) {
            scope.requireAgent(agentId);
        }
        return query(siteId, agentId, from, to);
    }

    /** Without scope checks: for the caller's own record. */
    List<EvaluationView> query(Long siteId, Long agentId, LocalDate from, LocalDate to) {
        Filter f = new Filter().eq("siteId", siteId).eq("agentId", agentId).atLeast("workDate", from).atMost("workDate", to);
        List<AttendanceEvaluation> rows = AttendanceEvaluation.list(f.query(), Sort.by("workDate").and("agentId"), f.params());
        Map<Long, String> employeeNos = employeeNumbers(rows.stream().map(r -> r.agentId).collect(Collectors.toSet()));
        return rows.stream().map(r -> EvaluationView.of(r, employeeNos.get(r.agentId))).toList();
    }

    static Map<Long, String> employeeNumbers(Set<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        return Agent.<Agent>list("id in ?1", agentIds).stream().collect(Collectors.toMap(a -> a.id, a -> a.employeeNo));
    }

    private static Map<Long, AttendanceEvaluation> existing(long siteId, LocalDate date, Long agentId) {
        List<AttendanceEvaluation> rows = agentId == null
                ? AttendanceEvaluation.list("siteId = ?1 and workDate = ?2", siteId, date)
                : AttendanceEvaluation.list("siteId = ?1 and workDate = ?2 and agentId = ?3", siteId, date, agentId);
        return rows.stream().collect(Collectors.toMap(r -> r.agentId, Function.identity()));
    }

    private static Long clientOfQueue(Long queueId) {
        ServiceQueue queue = ServiceQueue.findById(queueId);
        return queue == null ? null : queue.client.id;
    }

    private static List<ClockEvent> events(long agentId, ScheduledShift shift) {
        return AttendanceEvent.<AttendanceEvent>list("agentId = ?1 and occurredAt >= ?2 and occurredAt <= ?3",
                        Sort.by("occurredAt").and("id"), agentId, shift.start().minus(ShiftEvaluator.EARLIEST_ARRIVAL),
                        shift.end().plus(LATEST_CLOCK_OUT))
                .stream().map(AttendanceEvent::toRule).toList();
    }

    private static List<ApprovedAbsence> absences(long agentId, ScheduledShift shift, ZoneId zone) {
        LocalDate date = shift.workDate();
        List<ApprovedAbsence> result = new ArrayList<>();
        for (AgentAbsence a : AgentAbsence.<AgentAbsence>list("agentId = ?1 and approved = true", agentId)) {
            LocalDate recordedOn = LocalDate.ofInstant(a.createdAt, zone);
            if (a.isWholeDays()) {
                if (!date.isBefore(a.firstDate) && !date.isAfter(a.lastDate)) {
                    result.add(ApprovedAbsence.days(a.kind, a.firstDate, a.lastDate, recordedOn));
                }
            } else if (a.startsAt.isBefore(shift.end()) && a.endsAt.isAfter(shift.start())) {
                result.add(ApprovedAbsence.range(a.kind, new Span(a.startsAt, a.endsAt), recordedOn));
            }
        }
        return result;
    }
}
