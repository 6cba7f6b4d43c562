package io.paiban.benchmark;

import io.paiban.planning.roster.solver.Roster;
import io.paiban.planning.roster.solver.RosterAgent;
import io.paiban.planning.roster.solver.bound.CoverageRelaxation;
import org.optaplanner.benchmark.api.PlannerBenchmark;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.PlannerBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SolverBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SubSingleBenchmarkResult;
import org.optaplanner.benchmark.impl.statistic.StatisticPoint;
import org.optaplanner.benchmark.impl.statistic.SubSingleStatistic;
import org.optaplanner.benchmark.impl.statistic.bestscore.BestScoreStatisticPoint;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The roster benchmark (docs/benchmarks.md): runs the OptaPlanner Benchmarker over dataset spec files and solver
 * configurations, writes its HTML report, then prints a table per dataset (score, understaffing against a
 * lower bound, service per queue, labour cost, time to the first feasible roster, score calculation speed).
 * Not a test; run by benchmarks/roster/run.sh.
 *
 * <pre>
 * --seconds N        per solver run (default 60)
 * --datasets a,b     names under --dataset-dir (default normal-week,double11-week,season-4weeks)
 * --configs a,b      solver-configs/NAME.xml on the classpath, or paths of XML files (default default,peak)
 * --warmup N         Benchmarker warm-up seconds before the measured runs (default 0)
 * --bound-seconds N  time limit of the lower-bound computation per dataset (default 60)
 * --dataset-dir DIR  default benchmarks/roster/datasets
 * --out DIR          Benchmarker output directory (default target/benchmarks)
 * </pre>
 */
public final class RosterBenchmarkRunner {

    /** The measured figures of one dataset x configuration. */
    public record Run(String dataset, String config, HardMediumSoftLongScore score, long millisSpent,
                      Long firstFeasibleMillis, long scoreCalculationSpeed, RosterMetrics metrics) {
    }

    /** Everything the runner produced: the report, the bound per dataset and the runs. */
    public record Outcome(File benchmarkDirectory, Map<String, CoverageRelaxation.Result> bounds,
                          Map<String, RosterDataset> datasets, List<Run> runs, String table) {
    }

    public record Options(long seconds, List<String> datasets, List<String> configs, long warmupSeconds,
                          long boundSeconds, Path datasetDir, Path out, String logLevel) {

        public Options(long seconds, List<String> datasets, List<String> configs, long warmupSeconds, long boundSeconds,
                       Path datasetDir, Path out) {
            this(seconds, datasets, configs, warmupSeconds, boundSeconds, datasetDir, out, "INFO");
        }

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
                }
                values.put(args[i].substring(2), args[++i]);
            }
            Options options = new Options(Long.parseLong(values.getOrDefault("seconds", "60")),
                    List.of(values.getOrDefault("datasets", "normal-week,double11-week,season-4weeks").split(",")),
                    List.of(values.getOrDefault("configs", "default,peak").split(",")),
                    Long.parseLong(values.getOrDefault("warmup", "0")),
                    Long.parseLong(values.getOrDefault("bound-seconds", "60")),
                    Path.of(values.getOrDefault("dataset-dir", "benchmarks/roster/datasets")),
                    Path.of(values.getOrDefault("out", "target/benchmarks")), values.getOrDefault("log-level", "INFO"));
            values.keySet().removeAll(List.of("seconds", "datasets", "configs", "warmup", "bound-seconds", "dataset-dir", "out", "log-level"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + values.keySet());
            }
            return options;
        }
    }

    private RosterBenchmarkRunner() {
    }

    public static void main(String[] args) {
        Outcome outcome = run(Options.parse(args));
        System.out.println();
        System.out.println(outcome.table());
        System.out.println("HTML report: " + new File(outcome.benchmarkDirectory(), "index.html"));
    }

    public static Outcome run(Options options) {
        // With no configuration the JBoss SLF4J binding logs every OptaPlanner step and move at TRACE, which costs speed
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.parse(options.logLevel()));
        List<File> inputs = new ArrayList<>();
        for (String name : options.datasets()) {
            Path file = options.datasetDir().resolve(name.trim() + "." + RosterDataset.EXTENSION);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no dataset " + file);
            }
            inputs.add(file.toFile());
        }
        PlannerBenchmarkConfig config = benchmarkConfig(options, inputs);
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark();
        benchmark.benchmark();
        PlannerBenchmarkResult result = ((DefaultPlannerBenchmark) benchmark).getPlannerBenchmarkResult();
        File directory = result.getBenchmarkReportDirectory(); // a timestamped folder under --out

        Map<String, RosterDataset> datasets = new LinkedHashMap<>();
        Map<String, CoverageRelaxation.Result> bounds = new LinkedHashMap<>();
        Map<String, Long> buildMillis = new LinkedHashMap<>();
        result.getUnifiedProblemBenchmarkResultList().forEach(p -> buildMillis.put(p.getName(), p.getInputSolutionLoadingTimeMillisSpent()));
        List<Run> runs = new ArrayList<>();
        for (File input : inputs) {
            RosterDataset dataset = RosterDataset.load(input.toPath());
            datasets.put(dataset.name(), dataset);
            System.out.printf("lower bound for %s ...%n", dataset.name());
            bounds.put(dataset.name(), new CoverageRelaxation(dataset.problem()).solve(options.boundSeconds() * 1000));
            for (SolverBenchmarkResult solver : result.getSolverBenchmarkResultList()) {
                for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                    if (single.getProblemBenchmarkResult().getName().equals(dataset.name())) {
                        runs.add(run(dataset, solver.getName(), single.getSubSingleBenchmarkResultList().get(0)));
                    }
                }
            }
        }
        String table = table(options, datasets, bounds, buildMillis, runs);
        try {
            Files.writeString(directory.toPath().resolve("summary.md"), table, StandardCharsets.UTF_8);
            BenchmarkReportPage.write(directory.toPath(), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(directory, bounds, datasets, runs, table);
    }

    static PlannerBenchmarkConfig benchmarkConfig(Options options, List<File> inputs) {
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
        config.setName("Roster " + String.join(" ", options.datasets()) + " (" + options.seconds() + " s)");
        config.setBenchmarkDirectory(options.out().toFile());
        config.setParallelBenchmarkCount("1"); // one solver at a time: a 2-core machine, comparable speed figures
        config.setWarmUpSecondsSpentLimit(options.warmupSeconds());
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig();
        problems.setSolutionFileIOClass(RosterAssignmentFileIO.class);
        problems.setInputSolutionFileList(inputs);
        problems.setWriteOutputSolutionEnabled(true);
        problems.setProblemStatisticTypeList(List.of(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.SCORE_CALCULATION_SPEED));
        SolverBenchmarkConfig inherited = new SolverBenchmarkConfig();
        inherited.setProblemBenchmarksConfig(problems);
        config.setInheritedSolverBenchmarkConfig(inherited);
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (String name : options.configs()) {
            SolverBenchmarkConfig solver = new SolverBenchmarkConfig();
            solver.setName(name.trim());
            SolverConfig solverConfig = name.endsWith(".xml")
                    ? SolverConfig.createFromXmlFile(new File(name.trim()))
                    : SolverConfig.createFromXmlResource("solver-configs/" + name.trim() + ".xml");
            // a fixed time per run (the files' unimproved-time limits would end runs early and unevenly)
            solverConfig.setTerminationConfig(new TerminationConfig().withSecondsSpentLimit(options.seconds()));
            solver.setSolverConfig(solverConfig);
            solvers.add(solver);
        }
        config.setSolverBenchmarkConfigList(solvers);
        return config;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Run run(RosterDataset dataset, String config, SubSingleBenchmarkResult sub) {
        Long firstFeasible = null;
        SubSingleStatistic statistic = sub.getSubSingleStatistic(ProblemStatisticType.BEST_SCORE);
        statistic.unhibernatePointList();
        for (StatisticPoint point : (List<StatisticPoint>) statistic.getPointList()) {
            BestScoreStatisticPoint best = (BestScoreStatisticPoint) point;
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) best.getScore();
            if (score.isSolutionInitialized() && score.hardScore() == 0) {
                firstFeasible = best.getTimeMillisSpent();
                break;
            }
        }
        statistic.hibernatePointList();
        Path assignment;
        try (Stream<Path> files = Files.list(sub.getResultDirectory().toPath())) {
            assignment = files.filter(p -> p.toString().endsWith("." + RosterAssignmentFileIO.OUTPUT_EXTENSION))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no solution written in " + sub.getResultDirectory()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Roster solved = dataset.withAssignment(RosterAssignmentFileIO.readAssignment(assignment));
        return new Run(dataset.name(), config, (HardMediumSoftLongScore) sub.getScore(), sub.getTimeMillisSpent(),
                firstFeasible, sub.getScoreCalculationSpeed() == null ? 0 : sub.getScoreCalculationSpeed(),
                RosterMetrics.of(dataset, solved));
    }

    static String table(Options options, Map<String, RosterDataset> datasets, Map<String, CoverageRelaxation.Result> bounds,
                        Map<String, Long> buildMillis, List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (RosterDataset dataset : datasets.values()) {
            Roster problem = dataset.problem();
            CoverageRelaxation.Result bound = bounds.get(dataset.name());
            long flex = problem.getAgents().stream().filter(RosterAgent::isFlexPool).count();
            long required = problem.getCoverageSlots().stream().mapToLong(s -> s.getRequired()).sum();
            out.append(String.format(Locale.ROOT, "### %s%n%n", dataset.name()));
            out.append(String.format(Locale.ROOT,
                    "%d agents rostered (%d flex pool), %d queues, %d days, %,d agent-days, %,d slots, generated in %.1f s; "
                            + "required %,d agent-intervals; lower bound on the medium score (squared shortfall) **%,d** "
                            + "(LP relaxation by column generation, %s after %d iterations, %,d columns over %d agent types, %.1f s; LP value %,.1f; "
                            + "its rounded roster: %,d)%n%n",
                    problem.getAgents().size(), flex, problem.getQueues().size(), problem.getHorizon().days(),
                    problem.getAgentDays().size(), problem.getCoverageSlots().size(),
                    buildMillis.getOrDefault(dataset.name(), 0L) / 1000.0, required, bound.lowerBound(),
                    bound.converged() ? "converged" : "time limit", bound.iterations(), bound.columns(), bound.agentTypes(),
                    bound.millis() / 1000.0, bound.lpValue(), bound.roundedMedium()));
            out.append("| config | score | objective (medium) | bound | gap | understaffed agent-intervals (% of required) | surplus | "
                    + "labour cost (yuan) | peak shifts | paid h outside opening | first feasible (s) | score calc/s |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            List<Run> ofDataset = runs.stream().filter(r -> r.dataset().equals(dataset.name())).toList();
            for (Run run : ofDataset) {
                long shortfall = run.metrics().coverage().short_();
                long medium = -run.score().mediumScore();
                out.append(String.format(Locale.ROOT, "| %s | `%s` | %,d | %,d | %s | %,d (%.1f%%) | %,d | %,.0f | %,d | %,.1f | %s | %,d |%n",
                        run.config(), run.score(), medium, bound.lowerBound(), gap(medium, bound.lowerBound()), shortfall,
                        100.0 * shortfall / Math.max(1, required), run.metrics().coverage().surplus(), run.metrics().labourCostFen() / 100.0,
                        run.metrics().peakShifts(), run.metrics().minutesOutsideOpening() / 60.0,
                        run.firstFeasibleMillis() == null ? "never" : String.format(Locale.ROOT, "%.1f", run.firstFeasibleMillis() / 1000.0),
                        run.scoreCalculationSpeed()));
            }
            out.append("\nSquared shortfall per queue: the roster's, and the unavoidable part (the relaxation's squared shortfall on the queue, "
                    + "scaled so the parts add up to the bound); the rest is search\n\n");
            out.append("| queue | relaxation |");
            ofDataset.forEach(r -> out.append(' ').append(r.config()).append(" |"));
            out.append('\n').append("| --- | --- |");
            ofDataset.forEach(r -> out.append(" --- |"));
            out.append('\n');
            Map<String, Double> unavoidable = new LinkedHashMap<>();
            // the master's squared shortfall per slot, scaled to add up to the bound (they add up to the LP value)
            double total = java.util.Arrays.stream(bound.slotShare()).sum();
            double scale = total > 0 ? bound.lowerBound() / total : 0;
            for (int s = 0; s < problem.getCoverageSlots().size(); s++) {
                unavoidable.merge(problem.getCoverageSlots().get(s).getQueue().getId(), scale * bound.slotShare()[s], Double::sum);
            }
            for (Map.Entry<String, Double> e : unavoidable.entrySet()) {
                out.append(String.format(Locale.ROOT, "| %s | %,.0f |", e.getKey(), e.getValue()));
                ofDataset.forEach(r -> out.append(String.format(Locale.ROOT, " %,d |", r.metrics().squaredShortfallByQueue().getOrDefault(e.getKey(), 0L))));
                out.append('\n');
            }
            out.append("\nExpected service at the rostered staffing (phone: answered in 300 s, chat: in 120 s; email and tickets: items overdue)\n\n");
            out.append("| queue | channel | contacts |");
            ofDataset.forEach(r -> out.append(' ').append(r.config()).append(" |"));
            out.append('\n').append("| --- | --- | --- |");
            ofDataset.forEach(r -> out.append(" --- |"));
            out.append('\n');
            if (!ofDataset.isEmpty()) {
                for (String queue : ofDataset.get(0).metrics().service().keySet()) {
                    RosterMetrics.QueueService first = ofDataset.get(0).metrics().service().get(queue);
                    out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f |", queue, first.channel(), first.contacts()));
                    ofDataset.forEach(r -> out.append(' ').append(r.metrics().service().get(queue).formatted()).append(" |"));
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%d s per run, warm-up %d s, configs %s, logging level %s, %d cores, load average at the end %.2f%n",
                options.seconds(), options.warmupSeconds(), String.join(", ", options.configs()), options.logLevel(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return out.toString();
    }

    static String gap(long medium, long bound) {
        if (bound == 0) {
            return medium == 0 ? "0 (optimal)" : "+" + medium;
        }
        return medium == bound ? "0 (optimal)" : String.format(Locale.ROOT, "%+.2f%%", 100.0 * (medium - bound) / bound);
    }
}
