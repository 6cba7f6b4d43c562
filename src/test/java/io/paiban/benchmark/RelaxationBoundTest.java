package io.paiban.benchmark;

import io.paiban.kernel.Channel;
import io.paiban.planning.roster.solver.AgentDay;
import io.paiban.planning.roster.solver.AgentHistory;
import io.paiban.planning.roster.solver.CoverageSlot;
import io.paiban.planning.roster.solver.DutyCatalog;
import io.paiban.planning.roster.solver.Horizon;
import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.RosterConstraintConfiguration;
import io.paiban.planning.roster.solver.RosterQueue;
import io.paiban.planning.roster.solver.ShiftTemplateSpec;
import io.paiban.planning.roster.solver.Unavailability;
import io.paiban.planning.roster.solver.bound.CoverageRelaxation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relaxation bound ({@link CoverageRelaxation}) against brute force: every roster of a tiny instance (3 agents x 3
 * days, two queues, about 30,000 rosters, history, a binding contract, a flex agent, leave) is scored by the real
 * constraints, and the least medium penalty (squared shortfall) of the rosters without hard breaches is the exact
 * optimum: the bound must never be above it, and the roster rounded from the relaxation never below it.
 */
class RelaxationBoundTest {

    private static final Horizon HORIZON = new Horizon(LocalDate.of(2026, 9, 7), 3, ZoneId.of("Asia/Shanghai"), 30);
    private static final RosterQueue CHAT = new RosterQueue("CHAT", Channel.CHAT);
    private static final RosterQueue PHONE = new RosterQueue("PHONE", Channel.PHONE);

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 6})
    void boundIsAtMostTheBruteForceOptimum(long seed) {
        Roster roster = tinyRoster(seed);
        CoverageRelaxation.Result bound = new CoverageRelaxation(roster).solve(10_000);
        long optimum = bruteForceLeastMedium(roster);

        assertTrue(bound.lowerBound() <= optimum, "bound " + bound.lowerBound() + " above the optimum " + optimum);
        assertTrue(bound.roundedMedium() >= optimum, "rounded roster " + bound.roundedMedium() + " below the optimum " + optimum);
        assertTrue(bound.converged(), "column generation converges on a tiny instance");
        // not trivially weak: the binding contract and the rest rule leave much of the requirement uncoverable
        assertTrue(bound.lowerBound() > optimum / 2, "weak bound " + bound.lowerBound() + ", optimum " + optimum);
        System.out.printf("seed %d: bound %d (LP %.2f), optimum %d, rounded %d, %d iterations%n",
                seed, bound.lowerBound(), bound.lpValue(), optimum, bound.roundedMedium(), bound.iterations());
    }

    @Test
    void aLooseInstanceHasAZeroBoundAndAZeroShortRoster() {
        Map<RosterQueue, int[]> required = new HashMap<>();
        int[] chat = new int[HORIZON.intervalCount()];
        chat[20] = 1; // 10:00 on day 0
        required.put(CHAT, chat);
        Roster roster = roster(required, List.of(RosterAgent.builder("A").certifiedFor(Set.of("CHAT")).build()), List.of());
        CoverageRelaxation.Result bound = new CoverageRelaxation(roster).solve(1_000);
        assertEquals(0, bound.lowerBound());
        assertEquals(0, bound.roundedMedium());
    }

    /** Random requirement of 0-2 agents on both queues over the 3 days; three agents with binding rules. */
    static Roster tinyRoster(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<RosterQueue, int[]> required = new HashMap<>();
        for (RosterQueue queue : List.of(CHAT, PHONE)) {
            int[] need = new int[HORIZON.intervalCount()];
            for (int i = 0; i < need.length; i++) {
                int hour = (i / 2) % 24;
                need[i] = hour >= 8 || hour < 2 ? random.nextInt(3) : 0;
            }
            required.put(queue, need);
        }
        // no nights, and on leave on the first day
        RosterAgent onLeave = RosterAgent.builder("B").certifiedFor(Set.of("PHONE")).nightEligible(false).build();
        List<RosterAgent> agents = List.of(
                // two shifts a week at most; ended Sunday's night shift at 01:00 after five days in a row
                RosterAgent.builder("A").certifiedFor(Set.of("CHAT")).contractMinutesPerWeek(960)
                        .history(new AgentHistory(5, 60, Set.of())).build(),
                onLeave,
                // flex pool on both queues, offers only the second day
                RosterAgent.builder("C").certifiedFor(Set.of("CHAT", "PHONE")).flexPool(Set.of(HORIZON.date(1))).build());
        return roster(required, agents, List.of(Unavailability.wholeDay(onLeave, HORIZON.date(0))));
    }

    static Roster roster(Map<RosterQueue, int[]> required, List<RosterAgent> agents, List<Unavailability> leave) {
        DutyCatalog catalog = new DutyCatalog(HORIZON, ShiftTemplateSpec.defaults(), List.of(CHAT, PHONE), required);
        List<AgentDay> days = new ArrayList<>();
        for (RosterAgent agent : agents) {
            for (int d = 0; d < HORIZON.days(); d++) {
                List<io.paiban.planning.roster.solver.Duty> options = agent.isAvailableOn(HORIZON.date(d)) ? catalog.dutiesFor(agent, d) : List.of();
                AgentDay day = new AgentDay(agent, d, HORIZON.date(d), HORIZON.weekIndex(d), options);
                day.setPinned(options.isEmpty());
                days.add(day);
            }
        }
        return new Roster(HORIZON, agents, List.of(CHAT, PHONE), catalog.slots(), leave, List.of(), days,
                new RosterConstraintConfiguration());
    }

    /** Odometer over every agent-day's options (day off included), scored incrementally by the real rules. */
    @SuppressWarnings("unchecked")
    static long bruteForceLeastMedium(Roster roster) {
        SolverConfig config = SolverConfig.createFromXmlResource("solver-configs/default.xml");
        DefaultSolverFactory<Roster> factory = (DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(config);
        List<AgentDay> days = roster.getAgentDays().stream().filter(d -> !d.isPinned()).toList();
        int[] digit = new int[days.size()];
        try (InnerScoreDirector<Roster, HardMediumSoftLongScore> director =
                     (InnerScoreDirector<Roster, HardMediumSoftLongScore>) factory.getScoreDirectorFactory().buildScoreDirector()) {
            days.forEach(d -> d.setDuty(null));
            director.setWorkingSolution(roster);
            long best = Long.MAX_VALUE;
            while (true) {
                HardMediumSoftLongScore score = director.calculateScore();
                if (score.hardScore() == 0) {
                    best = Math.min(best, -score.mediumScore());
                }
                int k = 0;
                while (k < days.size()) {
                    AgentDay day = days.get(k);
                    digit[k] = (digit[k] + 1) % (day.getDutyOptions().size() + 1);
                    director.beforeVariableChanged(day, "duty");
                    day.setDuty(digit[k] == 0 ? null : day.getDutyOptions().get(digit[k] - 1));
                    director.afterVariableChanged(day, "duty");
                    if (digit[k] != 0) {
                        break;
                    }
                    k++;
                }
                if (k == days.size()) {
                    return best;
                }
            }
        }
    }
}
