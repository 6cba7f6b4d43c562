package io.paiban.planning.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paiban.masterdata.calendar.CalendarEvent;
import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.planning.capacity.CapacityCalculator.AgentSupply;
import io.paiban.planning.capacity.CapacityCalculator.Promotion;
import io.paiban.planning.capacity.CapacityCalculator.Supply;
import io.paiban.planning.capacity.CapacityDtos.Assumptions;
import io.paiban.planning.capacity.CapacityDtos.PlanRequest;
import io.paiban.planning.capacity.CapacityDtos.PlanResult;
import io.paiban.planning.capacity.CapacityDtos.PlanView;
import io.paiban.planning.forecast.ForecastRun;
import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.inputs.AgentAbsence;
import io.paiban.planning.roster.inputs.FlexOffer;
import io.paiban.security.AccessScope;
import io.paiban.masterdata.site.Site;
import io.paiban.planning.staffing.IntervalRequirement;
import io.paiban.planning.staffing.StaffingRun;
import io.paiban.planning.staffing.StaffingStore;
import io.paiban.masterdata.workforce.Agent;
import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Capacity plans: read the requirement, the agents and the calendar, compute (CapacityCalculator), store. */
@ApplicationScoped
public class CapacityService {

    @Inject
    AccessScope scope;

    @Inject
    StaffingStore staffing;

    @Inject
    CapacityConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    io.paiban.masterdata.training.TrainingService training;

    @Transactional
    public PlanView create(PlanRequest r) {
        Site site = Site.<Site>findByIdOptional(r.siteId()).filter(s -> scope.canSeeSite(s.id))
                .orElseThrow(() -> ApiException.invalidField("siteId", "site " + r.siteId() + " does not exist"));
        ZoneId zone = site.zone();
        StaffingRun run = staffingRun(site.id, r.staffingRunId());
        LocalDate firstForecastDay = LocalDate.ofInstant(run.horizonStart, zone);
        LocalDate firstWeek = r.firstWeek() != null ? r.firstWeek() : firstForecastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ApiException.invalidField("firstWeek", firstWeek + " is a " + firstWeek.getDayOfWeek() + "; plans start on a Monday");
        }
        int weeks = r.weeks() == null ? 12 : r.weeks();
        int lead = r.trainingLeadWeeks() == null ? config.trainingLeadWeeks() : r.trainingLeadWeeks();
        double attrition = (r.attritionPerMonth() == null ? config.attritionPerMonth() : r.attritionPerMonth())
                * (r.attritionFactor() == null ? 1 : r.attritionFactor());
        double volume = r.volumeFactor() == null ? 1 : r.volumeFactor();
        double aht = r.ahtFactor() == null ? 1 : r.ahtFactor();
        double shrink = r.shrinkageFactor() == null ? 1 : r.shrinkageFactor();
        double growth = r.growthPerMonth() == null ? 0 : r.growthPerMonth();
        LocalDate lastDay = firstWeek.plusWeeks(weeks).minusDays(1);

        Map<LocalDate, Double> hours = requiredHours(run, zone, volume * aht, shrink);
        // training before sale: each untrained agent's course time, on the day before the deadline (forecast days only)
        training.pendingTrainingMinutes(site.id, firstWeek, lastDay).forEach((day, minutes) -> hours.computeIfPresent(day, (d, h) -> h + minutes / 60.0));
        LocalDate from = firstWeek.isBefore(firstForecastDay) ? firstWeek : firstForecastDay;
        List<Promotion> promotions = promotions(site.id, from, lastDay);
        List<AgentSupply> agents = agents(site.id, firstWeek, lastDay, lead);
        CapacityCalculator.Output out = CapacityCalculator.plan(new CapacityCalculator.Input(firstWeek, weeks, hours, promotions, growth,
                agents, config.standardWeekHours(), config.standardDayHours(), lead, attrition));
        LocalDate forecastTo = hours.keySet().stream().max(LocalDate::compareTo).orElse(null);
        LocalDate forecastFrom = hours.keySet().stream().min(LocalDate::compareTo).orElse(null);
        PlanResult result = new PlanResult(new Assumptions(run.id, forecastFrom, forecastTo, config.standardWeekHours(),
                config.standardDayHours(), lead, attrition, volume, aht, shrink, r.attritionFactor() == null ? 1 : r.attritionFactor(), growth),
                out.weeks(), out.hiring());

        CapacityPlan plan = new CapacityPlan();
        plan.siteId = site.id;
        plan.firstWeek = firstWeek;
        plan.weeks = weeks;
        plan.label = r.label();
        plan.requestJson = write(r);
        plan.resultJson = write(result);
        plan.createdBy = scope.actor();
        plan.createdAt = Instant.now();
        plan.persistAndFlush();
        return view(plan, result);
    }

    public List<PlanView> list(Long siteId) {
        List<CapacityPlan> plans = siteId == null ? CapacityPlan.listAll(Sort.descending("id"))
                : CapacityPlan.list("siteId", Sort.descending("id"), siteId);
        return plans.stream().filter(p -> scope.canSeeSite(p.siteId)).map(p -> view(p, null)).toList();
    }

    public PlanView get(long id) {
        CapacityPlan plan = CapacityPlan.findById(id);
        if (plan == null || !scope.canSeeSite(plan.siteId)) {
            throw ApiException.notFound("Capacity plan", id);
        }
        return view(plan, read(plan.resultJson));
    }

    private static PlanView view(CapacityPlan p, PlanResult result) {
        return new PlanView(p.id, p.siteId, p.firstWeek, p.weeks, p.label, p.createdBy, p.createdAt, result);
    }

    private static StaffingRun staffingRun(long siteId, Long requested) {
        if (requested != null) {
            StaffingRun run = StaffingRun.findById(requested);
            ForecastRun forecast = run == null ? null : ForecastRun.findById(run.forecastRunId);
            if (forecast == null || !Objects.equals(forecast.siteId, siteId)) {
                throw ApiException.invalidField("staffingRunId", "staffing run " + requested + " does not exist for site " + siteId);
            }
            return run;
        }
        StaffingRun run = StaffingRun.<StaffingRun>find("forecastRunId in (select f.id from ForecastRun f where f.siteId = ?1)",
                Sort.descending("id"), siteId).firstResult();
        if (run == null) {
            throw ApiException.unprocessable("Site " + siteId + " has no staffing run; forecast and staff it first");
        }
        return run;
    }

    /**
     * Scheduled hours per site-local day the run covers whole: raw agents x workload factor / (1 - shrinkage x
     * shrinkage factor, at most 0.9) x interval hours. Scaling raw agents linearly with the workload ignores the
     * Erlang economy of scale, which slightly overstates what a volume increase needs (the safe side).
     */
    private Map<LocalDate, Double> requiredHours(StaffingRun run, ZoneId zone, double workload, double shrinkFactor) {
        Map<LocalDate, Double> hours = new HashMap<>();
        double intervalHours = run.intervalMinutes / 60.0;
        for (IntervalRequirement v : staffing.values(run.id, null, run.horizonStart, run.horizonEnd)) {
            double shrinkage = Math.min(0.9, v.shrinkage() * shrinkFactor);
            double agents = v.rawAgents() * workload / (1 - shrinkage);
            hours.merge(LocalDate.ofInstant(v.intervalStart(), zone), agents * intervalHours, Double::sum);
        }
        hours.keySet().removeIf(d -> d.atStartOfDay(zone).toInstant().isBefore(run.horizonStart)
                || d.plusDays(1).atStartOfDay(zone).toInstant().isAfter(run.horizonEnd));
        return hours;
    }

    /** Promotions of all clients or of a client with a queue on the site. */
    private static List<Promotion> promotions(long siteId, LocalDate from, LocalDate to) {
        Set<Long> clients = ServiceQueue.<ServiceQueue>list("site.id", siteId).stream().map(q -> q.client.id).collect(Collectors.toSet());
        return CalendarEvent.<CalendarEvent>list("type = ?1 and startDate <= ?2 and endDate >= ?3", Sort.by("startDate"),
                        CalendarEventType.PROMOTION, to, from).stream()
                .filter(e -> e.client == null || clients.contains(e.client.id))
                .map(e -> new Promotion(e.eventKey == null ? e.name : e.eventKey, e.name, e.startDate, e.endDate,
                        e.volumeFactor == null ? 1.0 : e.volumeFactor.doubleValue()))
                .toList();
    }

    private static List<AgentSupply> agents(long siteId, LocalDate from, LocalDate to, int leadWeeks) {
        List<Agent> agents = Agent.list("site.id = ?1 and status <> ?2", siteId, AgentStatus.LEFT);
        Set<Long> ids = agents.stream().map(a -> a.id).collect(Collectors.toSet());
        Map<Long, Set<LocalDate>> leave = new HashMap<>();
        Map<Long, Set<LocalDate>> offers = new HashMap<>();
        if (!ids.isEmpty()) {
            for (AgentAbsence a : AgentAbsence.<AgentAbsence>list("approved = true and agentId in ?1 and firstDate <= ?2 and lastDate >= ?3",
                    ids, to, from)) {
                for (LocalDate d = a.firstDate; !d.isAfter(a.lastDate); d = d.plusDays(1)) {
                    leave.computeIfAbsent(a.agentId, k -> new HashSet<>()).add(d);
                }
            }
            for (FlexOffer o : FlexOffer.<FlexOffer>list("agentId in ?1 and offerDate >= ?2 and offerDate <= ?3", ids, from, to)) {
                offers.computeIfAbsent(o.agentId, k -> new HashSet<>()).add(o.offerDate);
            }
        }
        List<AgentSupply> out = new ArrayList<>();
        for (Agent a : agents) {
            Supply kind = a.employmentType == EmploymentType.FLEX_POOL ? Supply.FLEX_POOL
                    : a.status == AgentStatus.TRAINEE ? Supply.TRAINEE : Supply.IN_HOUSE;
            LocalDate ready = kind != Supply.TRAINEE ? null
                    : (a.hiredOn == null ? from : a.hiredOn).plusWeeks(leadWeeks);
            out.add(new AgentSupply(kind, a.contractHoursPerWeek.doubleValue(), ready, leave.getOrDefault(a.id, Set.of()),
                    offers.getOrDefault(a.id, Set.of())));
        }
        return out;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the capacity plan", e);
        }
    }

    private PlanResult read(String text) {
        try {
            return json.readerFor(PlanResult.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the capacity plan", e);
        }
    }
}
