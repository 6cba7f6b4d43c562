package io.paiban.roster.solver;

import io.paiban.demo.DemoCenter;
import io.paiban.demo.DemoCenterGenerator;
import io.paiban.demo.DemoCenterSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real solve: a generated 30-agent, 3-queue center, one week, a few seconds with the default config. */
class RosterSolveTest {

    private static final DemoCenterSpec SPEC =
            new DemoCenterSpec(20261111L, 30, 3, 4, LocalDate.of(2026, 11, 23), ZoneId.of("Asia/Shanghai"));
    private static Roster problem;

    @BeforeAll
    static void buildProblem() {
        DemoCenter center = DemoCenterGenerator.generate(SPEC);
        problem = RosterProblemFactory.create(center, RosterProblemFactory.Options.defaults().withVolumeFactor(0.5));
    }

    @Test
    void problemHasOneAgentDayPerActiveAgentAndDayAndARequirement() {
        assertEquals(7 * problem.getAgents().size(), problem.getAgentDays().size());
        assertEquals(3 * 7 * 48, problem.getCoverageSlots().size());
        assertTrue(problem.getAgentDays().stream().allMatch(d -> d.getDutyOptions().stream()
                .allMatch(duty -> d.getAgent().isCertifiedFor(duty.getQueue()))));
        assertTrue(CoverageSummary.of(problem).required() > 0);
    }

    @Test
    void solvesToAFeasibleRosterCoveringMostOfTheRequirement() {
        SolverConfig config = SolverConfig.createFromXmlResource("solver-configs/default.xml")
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(6L));
        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);

        HardMediumSoftLongScore score = solved.getScore();
        assertTrue(score.isSolutionInitialized(), score.toString());
        assertEquals(0, score.hardScore(), score.toString());
        CoverageSummary coverage = CoverageSummary.of(solved);
        assertTrue(coverage.metShare() >= 0.85, coverage.toString());

        // the week-boundary rules held against the synthetic history, and pinned days stayed off
        assertTrue(solved.getAgentDays().stream().filter(AgentDay::isPinned).noneMatch(AgentDay::isWorking));
        Map<RosterAgent, List<AgentDay>> byAgent = solved.getAgentDays().stream()
                .collect(Collectors.groupingBy(AgentDay::getAgent));
        byAgent.forEach((agent, days) -> assertTrue(days.stream().filter(AgentDay::isWorking).count() <= 6, agent.getId()));
    }
}
