package io.paiban.planning.roster.store;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.error.ProblemKind;
import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.Duty;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.masterdata.workforce.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one rule checker of rosters: which hard rules a set of agent-day changes would break, scored like the solver
 * scores them (before and after, per rule, over the matches involving each changed agent). Manual edits, shift swaps,
 * intraday actions, publication and re-planning all ask it.
 */
@ApplicationScoped
public class RosterRules {

    @Inject
    RosterProblemBuilder builder;

    @Inject
    SolverConfigs configs;

    /** A duty for one agent-day: template and queue ids, both null for a day off. */
    public record DutyChange(long agentId, LocalDate date, Long templateId, Long queueId) {
    }

    /** A hard rule whose score, over the matches involving the agent, gets worse with the changes. */
    public record BrokenRule(long agentId, String rule, long hardBefore, long hardAfter) {
    }

    /**
     * The hard rules that a set of agent-day changes would break, for each agent changed, scored like a manual edit
     * (before and after, per rule, over the matches involving the agent); nothing is saved.
     */
    @Transactional
    public List<BrokenRule> check(long rosterId, List<DutyChange> changes) {
        RosterProblem problem = builder.build(SiteRoster.require(rosterId));
        return applyAndCompare(problem, duties(problem, rosterId, changes));
    }

    /** A 422 naming each broken rule, with the agent and the hard score before and after. */
    public static ApiException brokenRules(String what, List<BrokenRule> broken) {
        return new ApiException(ProblemKind.UNPROCESSABLE, what + ": " + broken.stream().map(b -> b.rule() + " (agent " + b.agentId() + ")")
                .distinct().collect(Collectors.joining("; ")),
                broken.stream().map(b -> Problem.InvalidParam.field(b.rule(), "agent " + b.agentId() + ": hard score goes from "
                        + b.hardBefore() + " to " + b.hardAfter())).toList());
    }

    public static Map<AgentDay, Optional<Duty>> duties(RosterProblem problem, long rosterId, List<DutyChange> changes) {
        Map<AgentDay, Optional<Duty>> result = new LinkedHashMap<>();
        for (DutyChange c : changes) {
            AgentDay day = problem.day(c.agentId(), c.date());
            if (day == null) {
                throw ApiException.unprocessable("Agent " + c.agentId() + " has no day " + c.date() + " on roster " + rosterId);
            }
            Duty duty = problem.duty(day, new DutyRef(c.templateId(), c.queueId()));
            if (duty == null && c.templateId() != null) {
                throw ApiException.unprocessable("Shift template " + c.templateId() + " on queue " + c.queueId()
                        + " is not a duty of roster " + rosterId);
            }
            result.put(day, Optional.ofNullable(duty));
        }
        return result;
    }

    /** Sets the duties on the problem's agent-days and compares each changed agent's hard score per rule. */
    public List<BrokenRule> applyAndCompare(RosterProblem problem, Map<AgentDay, Optional<Duty>> changes) {
        Set<Long> agentIds = new TreeSet<>();
        changes.keySet().forEach(day -> agentIds.add(RosterProblem.agentId(day.getAgent())));
        Map<Long, Map<String, Long>> before = hardByRule(problem, agentIds);
        changes.forEach((day, duty) -> day.setDuty(duty.orElse(null)));
        Map<Long, Map<String, Long>> after = hardByRule(problem, agentIds);
        List<BrokenRule> broken = new ArrayList<>();
        for (long agentId : agentIds) {
            Map<String, Long> was = before.getOrDefault(agentId, Map.of());
            after.getOrDefault(agentId, Map.of()).forEach((rule, hard) -> {
                long old = was.getOrDefault(rule, 0L);
                if (hard < old) {
                    broken.add(new BrokenRule(agentId, rule, old, hard));
                }
            });
        }
        return broken;
    }

    /** Hard score per agent and rule of the matches that involve the agent (one of its days, or the agent itself). */
    private Map<Long, Map<String, Long>> hardByRule(RosterProblem problem, Set<Long> agentIds) {
        ScoreExplanation<Roster, HardMediumSoftLongScore> explanation = configs.solutionManager().explain(problem.solution());
        Map<Long, Map<String, Long>> result = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() == 0) {
                    continue;
                }
                for (long agentId : agentIds) {
                    if (involves(match, agentId)) {
                        result.computeIfAbsent(agentId, k -> new LinkedHashMap<>())
                                .merge(total.getConstraintName(), match.getScore().hardScore(), Long::sum);
                    }
                }
            }
        }
        return result;
    }

    static boolean involves(ConstraintMatch<?> match, long agentId) {
        for (Object o : match.getIndictedObjectList()) {
            if (o instanceof AgentDay day && RosterProblem.agentId(day.getAgent()) == agentId) {
                return true;
            }
            if (o instanceof RosterAgent agent && RosterProblem.agentId(agent) == agentId) {
                return true;
            }
        }
        return false;
    }
    /**
     * Agent-days in a hard-rule match, with the rules: a match on one agent-day (leave, certification, rest)
     * names that day; a match on a whole agent (consecutive days, weekly rules) names all of the agent's days.
     */
    public Map<AgentDay, Set<String>> hardBreakingDays(RosterProblem problem) {
        ScoreExplanation<Roster, HardMediumSoftLongScore> explanation = configs.solutionManager().explain(problem.solution());
        Map<RosterAgent, List<AgentDay>> byAgent = problem.solution().getAgentDays().stream()
                .collect(Collectors.groupingBy(AgentDay::getAgent));
        Map<AgentDay, Set<String>> result = new TreeMap<>(Comparator.comparing(AgentDay::getId));
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() >= 0) {
                    continue;
                }
                for (Object indicted : match.getIndictedObjectList()) {
                    if (indicted instanceof AgentDay day) {
                        result.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(total.getConstraintName());
                    } else if (indicted instanceof RosterAgent agent) {
                        for (AgentDay day : byAgent.getOrDefault(agent, List.of())) {
                            if (day.isWorking()) {
                                result.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(total.getConstraintName());
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    public static List<String> hardRules(ScoreExplanation<Roster, HardMediumSoftLongScore> explanation) {
        return explanation.getConstraintMatchTotalMap().values().stream()
                .filter(t -> t.getScore().hardScore() < 0)
                .sorted(Comparator.comparing(ConstraintMatchTotal::getConstraintName))
                .map(t -> t.getConstraintName() + " (" + t.getConstraintMatchCount() + " matches, " + t.getScore().hardScore() + "hard)")
                .toList();
    }
}
