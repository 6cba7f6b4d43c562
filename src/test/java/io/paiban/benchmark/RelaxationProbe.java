package io.paiban.benchmark;

import io.paiban.planning.roster.solver.bound.CoverageRelaxation;

import java.nio.file.Path;

/**
 * The relaxation bound of one dataset on its own, without solving:
 * {@code java -cp ... io.paiban.benchmark.RelaxationProbe normal-week 60} (dataset name, seconds).
 */
public final class RelaxationProbe {

    private RelaxationProbe() {
    }

    public static void main(String[] args) {
        RosterDataset dataset = RosterDataset.load(Path.of("benchmarks/roster/datasets/" + args[0] + ".properties"));
        CoverageRelaxation.Result r = new CoverageRelaxation(dataset.problem()).solve(Long.parseLong(args[1]) * 1000);
        System.out.printf("%s: bound %,d (Lagrangian %.1f), LP %.1f, %s, %d iterations, %,d columns, %d agent types, %,d ms, rounded roster %,d%n",
                args[0], r.lowerBound(), r.lagrangian(), r.lpValue(), r.converged() ? "converged" : "time limit", r.iterations(),
                r.columns(), r.agentTypes(), r.millis(), r.roundedMedium());
    }
}
