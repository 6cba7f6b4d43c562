package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Solves instances of the Shift Scheduling Benchmark (Curtois and Qu, 2014) with the OptaPlanner model of this
 * package, checks each result with {@link Evaluator} (read back from the written solution file), and prints a
 * table: instance, objective, best known, gap, time to first feasible, score calculations per second.
 *
 * <p>Usage: {@code bash benchmarks/public/run.sh [instances] [seconds]} where instances is a list like
 * {@code 1-8}, {@code 1,3,5} or file paths; options {@code --dir} (instance folder, default
 * ../shared/benchmarks/curtois-qu), {@code --out} (solution folder, default target/public-bench),
 * {@code --config} (solver config, default benchmarks/public/solver-config.xml), {@code --seed},
 * {@code --calc-limit} (stop after that many score calculations too).
 */
public final class PublicBenchmarkRunner {

    /** Best-known objective values published with the instances (see the README in the instance folder). */
    static final Map<String, Long> BEST_KNOWN = Map.of("Instance1", 607L, "Instance2", 828L, "Instance3", 1001L,
            "Instance4", 1716L, "Instance5", 1143L, "Instance6", 1950L, "Instance7", 1056L, "Instance8", 1300L);

    public record Run(String instance, HardSoftScore score, Evaluator.Result check, Long bestKnown,
                      long firstFeasibleMillis, long scoreCalcsPerSecond, Path solutionFile) {
        String gap() {
            if (bestKnown == null || !check.feasible()) {
                return "-";
            }
            return String.format(Locale.ROOT, "%.2f%%", 100.0 * (check.objective() - bestKnown) / bestKnown);
        }
    }

    private PublicBenchmarkRunner() {
    }

    public static void main(String[] args) throws IOException {
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir")) : defaultInstanceDir();
        Path out = Path.of(options.getOrDefault("out", "target/public-bench"));
        Path config = Path.of(options.getOrDefault("config", "benchmarks/public/solver-config.xml"));
        Long seed = options.containsKey("seed") ? Long.valueOf(options.get("seed")) : null;
        calcLimit = options.containsKey("calc-limit") ? Long.valueOf(options.get("calc-limit")) : null;
        List<Path> files = instanceFiles(positional.isEmpty() ? "1-8" : positional.get(0), dir);
        long seconds = positional.size() > 1 ? Long.parseLong(positional.get(1)) : 60;

        List<Run> runs = new ArrayList<>();
        for (Path file : files) {
            BenchInstance instance = InstanceReader.read(file);
            System.out.printf(Locale.ROOT, "solving %s (%d days, %d staff, %d shift types) for %d s%n",
                    instance.name(), instance.horizon(), instance.staff().size(), instance.shifts().size(), seconds);
            Run run = solve(instance, config, seconds, seed, out);
            runs.add(run);
            System.out.printf(Locale.ROOT, "  %s: score %s, evaluator objective %d, hard penalty %d%n",
                    instance.name(), run.score(), run.check().objective(), run.check().hardPenalty());
            run.check().violations().stream().limit(10).forEach(v -> System.out.println("    violation: " + v));
        }
        System.out.println();
        System.out.print(table(runs, seconds));
        boolean disagree = runs.stream().anyMatch(r -> r.score().hardScore() != -r.check().hardPenalty()
                || r.score().softScore() != -r.check().objective());
        if (disagree) {
            System.out.println("ERROR: the solver's score and the evaluator disagree on at least one instance");
            System.exit(2);
        }
    }

    /**
     * ../shared/benchmarks/curtois-qu relative to the project (the checkout's sibling folder); a git worktree one
     * level deeper finds it at ../../shared. Null when neither exists.
     */
    public static Path defaultInstanceDir() {
        for (String candidate : List.of("../shared/benchmarks/curtois-qu", "../../shared/benchmarks/curtois-qu")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return Path.of("../shared/benchmarks/curtois-qu");
    }

    static List<Path> instanceFiles(String spec, Path dir) {
        List<Path> files = new ArrayList<>();
        for (String part : spec.split(",")) {
            part = part.strip();
            if (part.matches("\\d+-\\d+")) {
                String[] range = part.split("-");
                for (int i = Integer.parseInt(range[0]); i <= Integer.parseInt(range[1]); i++) {
                    files.add(dir.resolve("Instance" + i + ".txt"));
                }
            } else if (part.matches("\\d+")) {
                files.add(dir.resolve("Instance" + part + ".txt"));
            } else {
                files.add(Path.of(part));
            }
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("no instance file " + f.toAbsolutePath()
                        + " (give --dir or a path)");
            }
        }
        return files;
    }

    /** Optional {@code --calc-limit}: also stop after this many score calculations (load-independent tuning runs). */
    private static Long calcLimit;

    public static SolverConfig solverConfig(Path config, long seconds, Long seed) {
        SolverConfig solverConfig = SolverConfig.createFromXmlFile(config.toFile());
        TerminationConfig termination = new TerminationConfig().withSecondsSpentLimit(seconds);
        if (calcLimit != null) {
            termination.setScoreCalculationCountLimit(calcLimit);
        }
        solverConfig.setTerminationConfig(termination);
        if (seed != null) {
            solverConfig.setRandomSeed(seed);
        }
        return solverConfig;
    }

    public static Run solve(BenchInstance instance, Path config, long seconds, Long seed, Path out) throws IOException {
        Solver<Schedule> solver = SolverFactory.<Schedule>create(solverConfig(config, seconds, seed)).buildSolver();
        long[] firstFeasible = {-1};
        solver.addEventListener(event -> {
            if (firstFeasible[0] < 0 && event.getNewBestScore().isSolutionInitialized()
                    && ((HardSoftScore) event.getNewBestScore()).hardScore() == 0) {
                firstFeasible[0] = event.getTimeMillisSpent();
            }
        });
        Schedule best = solver.solve(Schedule.empty(instance));
        var scope = ((DefaultSolver<Schedule>) solver).getSolverScope();
        long speed = scope.getScoreCalculationSpeed();
        if (firstFeasible[0] < 0 && best.getScore().hardScore() == 0) {
            firstFeasible[0] = scope.getBestSolutionTimeMillisSpent();
        }
        Path file = out.resolve(instance.name() + ".roster.txt");
        SolutionFiles.write(file, instance, best.toGrid());
        Evaluator.Result check = Evaluator.evaluate(instance, SolutionFiles.read(file, instance));
        return new Run(instance.name(), best.getScore(), check, BEST_KNOWN.get(instance.name()), firstFeasible[0],
                speed, file);
    }

    static String table(List<Run> runs, long seconds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Public benchmark (Curtois & Qu), %d s per instance, %d cores, load average %.2f%n",
                seconds, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        s.append("| instance | feasible | objective | best known | gap | first feasible | score calcs/s | solution |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (Run r : runs) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %s |%n", r.instance(),
                    r.check().feasible() ? "yes" : "no (hard " + r.check().hardPenalty() + ")",
                    r.check().objective(), r.bestKnown() == null ? "-" : r.bestKnown(), r.gap(),
                    r.firstFeasibleMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.1f s", r.firstFeasibleMillis() / 1000.0),
                    r.scoreCalcsPerSecond(), r.solutionFile()));
        }
        return s.toString();
    }
}
