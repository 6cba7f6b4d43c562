package io.paiban.planning.roster.explanation;

import io.paiban.planning.roster.jobs.RosterBoundService;
import io.paiban.planning.roster.jobs.SolveJobBound;
import io.paiban.planning.roster.store.RosterProblem;
import io.paiban.planning.roster.store.RosterProblemBuilder;
import io.paiban.planning.roster.store.SiteRoster;
import io.paiban.planning.roster.store.SolverConfigs;
import io.paiban.planning.roster.inputs.RosterWeights;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.AgentConstraint;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.AgentExplanation;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.ConstraintScore;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.CoverageTotals;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.IntervalCoverage;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.MatchView;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.RosterExplanation;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.CoverageSummary;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.RosterQueue;
import io.paiban.planning.roster.solver.Unavailability;
import io.paiban.planning.roster.explanation.RosterExplanationDtos.ShortfallShare;
import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.workforce.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Explains a stored roster with OptaPlanner's score explanation (constraint match totals and indictments):
 * per constraint, per queue and interval, and per agent.
 */
@ApplicationScoped
public class RosterExplanationService {

    @Inject
    RosterProblemBuilder builder;

    @Inject
    SolverConfigs configs;

    @Inject
    RosterWeights weights;

    @Inject
    RosterBoundService boundService;

    private record Explained(RosterProblem problem, ScoreExplanation<Roster, HardMediumSoftLongScore> explanation) {
    }

    private Explained explained(long rosterId) {
        SiteRoster roster = SiteRoster.require(rosterId);
        RosterProblem problem = builder.build(roster);
        return new Explained(problem, configs.solutionManager().explain(problem.solution()));
    }

    @Transactional
    public RosterExplanation explain(long rosterId) {
        Explained e = explained(rosterId);
        Roster solution = e.problem().solution();
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = e.explanation().getConstraintMatchTotalMap();
        Map<String, ConstraintScore> byName = new LinkedHashMap<>();
        Map<String, Long> effective = weightsOf(solution);
        for (RosterWeights.ConstraintInfo info : weights.constraints()) {
            byName.put(info.name(), new ConstraintScore(info.name(), info.level(), effective.getOrDefault(info.name(), info.defaultWeight()),
                    0, "0hard/0medium/0soft", 0));
        }
        for (ConstraintMatchTotal<HardMediumSoftLongScore> t : totals.values()) {
            RosterWeights.Level level = weights.level(t.getConstraintName());
            byName.put(t.getConstraintName(), new ConstraintScore(t.getConstraintName(), level,
                    effective.getOrDefault(t.getConstraintName(), 0L), onLevel(t.getScore(), level), t.getScore().toString(),
                    t.getConstraintMatchCount()));
        }
        List<ConstraintScore> constraints = new ArrayList<>(byName.values());
        constraints.sort(Comparator.comparing(ConstraintScore::level).thenComparingLong(ConstraintScore::impact));
        CoverageSummary c = CoverageSummary.of(solution);
        HardMediumSoftLongScore score = e.explanation().getScore();
        return new RosterExplanation(rosterId, score.toString(), score.hardScore() == 0, constraints,
                new CoverageTotals(c.required(), c.met(), c.short_(), c.surplus(), Math.round(c.metShare() * 10000) / 10000.0),
                boundOf(rosterId, score), shortfall(e.problem(), rosterId));
    }

    /** The bound of the roster's newest job that has one, against this roster's medium score. */
    private RosterBoundService.BoundView boundOf(long rosterId, HardMediumSoftLongScore score) {
        SolveJobBound bound = newestBound(rosterId);
        if (bound == null) {
            return RosterBoundService.BoundView.NONE;
        }
        long medium = -score.mediumScore();
        return new RosterBoundService.BoundView(bound.boundMedium, RosterBoundService.gap(medium, bound.boundMedium), medium,
                bound.converged, bound.lpValue, bound.millis);
    }

    private static SolveJobBound newestBound(long rosterId) {
        return SolveJobBound.<SolveJobBound>find("jobId in (select j.id from SolveJob j where j.rosterId = ?1) order by jobId desc", rosterId)
                .firstResult();
    }

    /** Squared shortfall per queue and day of the roster, split into the bound's share and the rest. */
    private List<ShortfallShare> shortfall(RosterProblem problem, long rosterId) {
        Roster solution = problem.solution();
        Map<CoverageSlot, Integer> present = new HashMap<>();
        for (AgentDay day : solution.getAgentDays()) {
            day.getCoveredSlots().forEach(slot -> present.merge(slot, 1, Integer::sum));
        }
        Map<String, long[]> medium = new LinkedHashMap<>();
        for (CoverageSlot slot : solution.getCoverageSlots()) {
            long u = Math.max(0, slot.getRequired() - present.getOrDefault(slot, 0));
            if (u > 0) {
                String key = slot.getQueue().getId() + "/" + solution.getHorizon().date(slot.getDayIndex());
                medium.computeIfAbsent(key, k -> new long[1])[0] += u * u;
            }
        }
        Map<String, Double> unavoidable = new HashMap<>();
        SolveJobBound bound = newestBound(rosterId);
        if (bound != null) {
            List<RosterBoundService.BoundShare> shares = boundService.shares(bound);
            double total = shares.stream().mapToDouble(RosterBoundService.BoundShare::medium).sum();
            double scale = total > 0 ? bound.boundMedium / total : 0; // the shares of the LP value, scaled to the bound
            shares.forEach(sh -> unavoidable.merge(sh.queueId() + "/" + sh.date(), sh.medium() * scale, Double::sum));
        }
        List<ShortfallShare> result = new ArrayList<>();
        Set<String> keys = new java.util.TreeSet<>(medium.keySet());
        keys.addAll(unavoidable.keySet());
        for (String key : keys) {
            String[] parts = key.split("/");
            long queueId = Long.parseLong(parts[0]);
            long m = medium.containsKey(key) ? medium.get(key)[0] : 0;
            double u = Math.round(unavoidable.getOrDefault(key, 0.0) * 10) / 10.0;
            var queue = problem.queues().get(queueId);
            result.add(new ShortfallShare(queueId, queue == null ? null : queue.code, java.time.LocalDate.parse(parts[1]), m, u,
                    Math.round((m - u) * 10) / 10.0));
        }
        return result;
    }

    private static Map<String, Long> weightsOf(Roster solution) {
        Map<String, Long> result = new HashMap<>();
        var config = solution.getConstraintConfiguration();
        for (var field : config.getClass().getDeclaredFields()) {
            var annotation = field.getAnnotation(org.optaplanner.core.api.domain.constraintweight.ConstraintWeight.class);
            if (annotation != null) {
                try {
                    field.setAccessible(true);
                    HardMediumSoftLongScore w = (HardMediumSoftLongScore) field.get(config);
                    result.put(annotation.value(), w.hardScore() != 0 ? w.hardScore() : w.mediumScore() != 0 ? w.mediumScore() : w.softScore());
                } catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return result;
    }

    static long onLevel(HardMediumSoftLongScore score, RosterWeights.Level level) {
        return switch (level) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }

    @Transactional
    public List<IntervalCoverage> coverage(long rosterId, Long queueId, LocalDate date, boolean shortOnly) {
        Explained e = explained(rosterId);
        RosterProblem problem = e.problem();
        Roster solution = problem.solution();
        Horizon horizon = problem.horizon();
        if (queueId != null && problem.rosterQueue(queueId) == null) {
            throw ApiException.invalidField("queueId", "queue " + queueId + " is not a queue of the roster's site");
        }
        if (date != null && (date.isBefore(horizon.startDate()) || date.isAfter(horizon.date(horizon.days() - 1)))) {
            throw ApiException.invalidField("date", date + " is not a day of the roster");
        }
        Map<CoverageSlot, List<AgentDay>> present = new IdentityHashMap<>();
        Map<RosterAgent, AgentDay[]> daysByAgent = new IdentityHashMap<>();
        for (AgentDay day : solution.getAgentDays()) {
            daysByAgent.computeIfAbsent(day.getAgent(), a -> new AgentDay[horizon.days()])[day.getDayIndex()] = day;
            for (CoverageSlot slot : day.getCoveredSlots()) {
                present.computeIfAbsent(slot, s -> new ArrayList<>()).add(day);
            }
        }
        Map<RosterAgent, List<Unavailability>> leave = solution.getUnavailabilities().stream()
                .collect(Collectors.groupingBy(Unavailability::agent));
        Map<Object, Indictment<HardMediumSoftLongScore>> indictments = e.explanation().getIndictmentMap();
        Instant start = horizon.start().toInstant();
        int len = horizon.intervalMinutes();
        List<IntervalCoverage> result = new ArrayList<>();
        for (CoverageSlot slot : solution.getCoverageSlots()) {
            LocalDate slotDate = horizon.date(slot.getDayIndex());
            if ((queueId != null && RosterProblem.queueId(slot.getQueue()) != queueId) || (date != null && !date.equals(slotDate))) {
                continue;
            }
            List<AgentDay> here = present.getOrDefault(slot, List.of());
            int shortfall = Math.max(0, slot.getRequired() - here.size());
            if (shortOnly && shortfall == 0) {
                continue;
            }
            int certified = 0;
            int otherQueues = 0;
            int otherHours = 0;
            int onLeave = 0;
            int off = 0;
            int from = slot.getInterval() * len;
            for (RosterAgent agent : solution.getAgents()) {
                if (!agent.isActive() || !agent.isCertifiedFor(slot.getQueue(), horizon.date(slot.getDayIndex()))) {
                    continue;
                }
                certified++;
                AgentDay[] days = daysByAgent.get(agent);
                AgentDay covering = null;
                boolean working = false;
                for (int d = Math.max(0, slot.getDayIndex() - 1); d <= slot.getDayIndex(); d++) {
                    AgentDay day = days[d];
                    if (day != null && day.isWorking()) {
                        if (day.getShift().covers(slot.getInterval())) {
                            covering = day;
                        }
                        if (d == slot.getDayIndex()) {
                            working = true;
                        }
                    }
                }
                if (covering != null) {
                    if (covering.getQueue() != slot.getQueue()) {
                        otherQueues++;
                    }
                } else if (leave.getOrDefault(agent, List.of()).stream().anyMatch(u -> u.date() != null ? u.date().equals(slotDate)
                        : u.startMinute() < from + len && u.endMinute() > from)) {
                    onLeave++;
                } else if (working) {
                    otherHours++;
                } else {
                    off++;
                }
            }
            List<String> constraints = new ArrayList<>();
            Indictment<HardMediumSoftLongScore> indictment = indictments.get(slot);
            if (indictment != null) {
                Map<String, HardMediumSoftLongScore> byConstraint = new LinkedHashMap<>();
                for (ConstraintMatch<HardMediumSoftLongScore> m : indictment.getConstraintMatchSet()) {
                    byConstraint.merge(m.getConstraintName(), m.getScore(), HardMediumSoftLongScore::add);
                }
                byConstraint.forEach((name, s) -> constraints.add(name + ": " + s));
            }
            Instant at = start.plusSeconds(60L * from);
            result.add(new IntervalCoverage(RosterProblem.queueId(slot.getQueue()), queueCode(problem, slot.getQueue()), slotDate,
                    at.atZone(problem.zone()).toLocalDateTime(), at, slot.getRequired(), here.size(), shortfall,
                    Math.max(0, here.size() - slot.getRequired()), constraints,
                    here.stream().map(d -> problem.agents().get(RosterProblem.agentId(d.getAgent())).employeeNo).sorted().toList(),
                    certified, otherQueues, otherHours, onLeave, off));
        }
        return result;
    }

    private static String queueCode(RosterProblem problem, RosterQueue queue) {
        ServiceQueue q = problem.queues().get(RosterProblem.queueId(queue));
        return q == null ? null : q.code;
    }

    @Transactional
    public AgentExplanation explainAgent(long rosterId, long agentId) {
        Explained e = explained(rosterId);
        RosterProblem problem = e.problem();
        Agent agent = problem.agents().get(agentId);
        if (agent == null) {
            throw ApiException.notFound("Agent " + agentId + " on roster", rosterId);
        }
        List<AgentDay> days = problem.daysOf(agentId);
        RosterAgent rosterAgent = days.isEmpty() ? null : days.get(0).getAgent();
        Set<ConstraintMatch<HardMediumSoftLongScore>> matches = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Object, Indictment<HardMediumSoftLongScore>> indictments = e.explanation().getIndictmentMap();
        List<Object> keys = new ArrayList<>(days);
        keys.add(rosterAgent);
        for (Object key : keys) {
            Indictment<HardMediumSoftLongScore> indictment = key == null ? null : indictments.get(key);
            if (indictment != null) {
                matches.addAll(indictment.getConstraintMatchSet());
            }
        }
        Map<String, List<ConstraintMatch<HardMediumSoftLongScore>>> byConstraint = matches.stream()
                .collect(Collectors.groupingBy(ConstraintMatch::getConstraintName));
        List<AgentConstraint> constraints = new ArrayList<>();
        HardMediumSoftLongScore total = HardMediumSoftLongScore.ZERO;
        for (Map.Entry<String, List<ConstraintMatch<HardMediumSoftLongScore>>> entry : byConstraint.entrySet()) {
            RosterWeights.Level level = weights.level(entry.getKey());
            HardMediumSoftLongScore sum = HardMediumSoftLongScore.ZERO;
            List<MatchView> views = new ArrayList<>();
            for (ConstraintMatch<HardMediumSoftLongScore> m : entry.getValue()) {
                sum = sum.add(m.getScore());
                TreeSet<LocalDate> dates = new TreeSet<>();
                List<String> detail = new ArrayList<>();
                for (Object o : m.getIndictedObjectList()) {
                    if (o instanceof AgentDay d) {
                        dates.add(d.getDate());
                        detail.add(d.getDate() + " " + (d.isWorking() ? d.getShift().getTemplateCode() + " on " + queueCode(problem, d.getQueue()) : "off"));
                    } else if (!(o instanceof RosterAgent)) {
                        detail.add(String.valueOf(o));
                    }
                }
                String text = String.join(", ", detail);
                views.add(new MatchView(List.copyOf(dates), m.getScore().toString(), text.length() > 300 ? text.substring(0, 300) + "..." : text));
            }
            views.sort(Comparator.comparing((MatchView v) -> v.dates().isEmpty() ? LocalDate.MIN : v.dates().get(0)));
            total = total.add(sum);
            constraints.add(new AgentConstraint(entry.getKey(), level, onLevel(sum, level), entry.getValue().size(), views));
        }
        constraints.sort(Comparator.comparing(AgentConstraint::level).thenComparingLong(AgentConstraint::impact));
        int weeks = (problem.horizon().days() + 6) / 7 + 1;
        int[] paid = new int[weeks];
        int worked = 0;
        int nights = 0;
        int weekend = 0;
        for (AgentDay d : days) {
            if (d.isWorking()) {
                worked++;
                nights += d.getShift().isNight() ? 1 : 0;
                weekend += d.isWeekend() ? 1 : 0;
                paid[d.getWeekIndex()] += d.getShift().getPaidMinutes();
            }
        }
        int usedWeeks = days.stream().mapToInt(AgentDay::getWeekIndex).max().orElse(-1) + 1;
        List<Integer> paidPerWeek = new ArrayList<>();
        for (int w = 0; w < usedWeeks; w++) {
            paidPerWeek.add(paid[w]);
        }
        List<LocalDate> unavailable = problem.solution().getUnavailabilities().stream()
                .filter(u -> u.agent() == rosterAgent && u.date() != null).map(Unavailability::date).sorted().toList();
        List<String> certified = rosterAgent == null ? List.of() : rosterAgent.getCertifiedQueueIds().stream()
                .map(id -> problem.queues().get(Long.parseLong(id))).filter(q -> q != null).map(q -> q.code).sorted().toList();
        return new AgentExplanation(agentId, agent.employeeNo, agent.fullName, agent.status.name(), agent.employmentType.name(),
                agent.nightEligible, certified, worked, nights, weekend, paidPerWeek,
                rosterAgent == null ? 0 : rosterAgent.getContractMinutesPerWeek(), unavailable, total.toString(), constraints);
    }
}
