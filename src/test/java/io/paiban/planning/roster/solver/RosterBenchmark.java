package io.paiban.planning.roster.solver;

import io.paiban.benchmark.RosterProblemFactory;

import io.paiban.demo.DemoCenter;
import io.paiban.demo.DemoCenterGenerator;
import io.paiban.demo.DemoCenterSpec;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Solves the demo center's next week and prints score, coverage and score-calculation speed. Not a test.
 * Arguments: [agents=150] [queues=8] [seconds=60] [config=solver-configs/default.xml] [volumeFactor=1.0] [weeks=1]
 * Run: mvn -o -q test-compile && java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *      io.paiban.planning.roster.solver.RosterBenchmark 150 8 60
 * (target/cp.txt from: mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
 */
public final class RosterBenchmark {

    private RosterBenchmark() {
    }

    public static void main(String[] args) {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int queues = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
        String config = args.length > 3 ? args[3] : "solver-configs/default.xml";
        double volume = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
        int weeks = args.length > 5 ? Integer.parseInt(args[5]) : 1;

        long t0 = System.nanoTime();
        DemoCenter center = DemoCenterGenerator.generate(
                new DemoCenterSpec(20261111L, agents, queues, 4, LocalDate.of(2026, 11, 23), ZoneId.of("Asia/Shanghai")));
        Roster problem = RosterProblemFactory.create(center,
                RosterProblemFactory.Options.defaults().withVolumeFactor(volume).withWeeks(weeks));
        System.out.printf("problem: %d agents, %d queues, %d agent-days, %d slots, built in %d ms%n",
                problem.getAgents().size(), problem.getQueues().size(), problem.getAgentDays().size(),
                problem.getCoverageSlots().size(), (System.nanoTime() - t0) / 1_000_000);

        SolverConfig solverConfig = SolverConfig.createFromXmlResource(config)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
        Solver<Roster> solver = SolverFactory.<Roster>create(solverConfig).buildSolver();
        solver.addEventListener(event -> System.out.printf("  %6d ms  %s%n", event.getTimeMillisSpent(), event.getNewBestScore()));
        Roster solved = solver.solve(problem);
        var scope = ((DefaultSolver<Roster>) solver).getSolverScope();
        System.out.printf("score: %s after %d ms, %d score calculations, %d per second%n", solved.getScore(),
                scope.getTimeMillisSpent(), scope.getScoreCalculationCount(), scope.getScoreCalculationSpeed());
        System.out.println("coverage: " + CoverageSummary.of(solved));
    }
}
