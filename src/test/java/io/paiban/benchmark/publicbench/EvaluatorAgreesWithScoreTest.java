package io.paiban.benchmark.publicbench;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The constraint streams and the plain-Java {@link Evaluator} must give the same hard penalty and objective: on
 * random rosters (every rule breached in many ways) and on solved rosters of small instances (shared instances 1
 * and 2 when ../shared/benchmarks/curtois-qu is present, else the embedded hand-built instance), read back from
 * the written solution file as the runner does.
 */
class EvaluatorAgreesWithScoreTest {

    private static final Path CONFIG = Path.of("benchmarks/public/solver-config.xml");

    private static List<BenchInstance> instances() throws IOException {
        List<BenchInstance> instances = new ArrayList<>();
        instances.add(BenchFixtures.tiny());
        Path dir = PublicBenchmarkRunner.defaultInstanceDir();
        for (String name : List.of("Instance1.txt", "Instance2.txt")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                instances.add(InstanceReader.read(dir.resolve(name)));
            }
        }
        return instances;
    }

    @Test
    void agreeOnRandomRosters() throws IOException {
        SolutionManager<Schedule, HardSoftScore> manager = SolutionManager.create(
                SolverFactory.create(PublicBenchmarkRunner.solverConfig(CONFIG, 1, 1L)));
        Random random = new Random(19);
        for (BenchInstance instance : instances()) {
            for (int trial = 0; trial < 100; trial++) {
                Schedule schedule = Schedule.empty(instance);
                double workRate = random.nextDouble();
                for (EmployeeDay cell : schedule.getEmployeeDays()) {
                    // ignore pins and value ranges on purpose: the rules must score any roster
                    cell.setShift(random.nextDouble() < workRate
                            ? instance.shifts().get(random.nextInt(instance.shifts().size())) : null);
                }
                HardSoftScore score = manager.update(schedule);
                Evaluator.Result check = Evaluator.evaluate(instance, schedule.toGrid());
                assertEquals(-check.hardPenalty(), score.hardScore(), instance.name() + " trial " + trial);
                assertEquals(-check.objective(), score.softScore(), instance.name() + " trial " + trial);
            }
        }
    }

    @Test
    void agreeOnSolvedRostersReadBackFromTheSolutionFile() throws IOException {
        Path out = Files.createTempDirectory("public-bench");
        for (BenchInstance instance : instances()) {
            PublicBenchmarkRunner.Run run = PublicBenchmarkRunner.solve(instance, CONFIG, 2, 7L, out);
            assertEquals(-run.check().hardPenalty(), run.score().hardScore(), instance.name());
            assertEquals(-run.check().objective(), run.score().softScore(), instance.name());
            assertTrue(Files.readString(run.solutionFile()).lines().count() == instance.staff().size());
        }
    }
}
