package io.paiban.benchmark;

import io.paiban.planning.roster.solver.bound.CoverageRelaxation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the benchmark configuration from rotting: the Benchmarker runs both solver configurations
 * for 5 s each on the scaled-down normal week (benchmarks/roster/datasets/smoke-week.properties), writes its HTML report, and
 * the table is computed. The figures themselves are not checked beyond sanity: long runs are never part of the
 * test suite (benchmarks/roster/run.sh).
 */
class RosterBenchmarkSmokeTest {

    @Test
    void benchmarkerRunsBothConfigurationsAndTheTableIsComputed(@TempDir Path out) throws Exception {
        RosterBenchmarkRunner.Options options = new RosterBenchmarkRunner.Options(5, List.of("smoke-week"),
                List.of("default", "peak"), 0, 5, Path.of("benchmarks/roster/datasets"), out);

        RosterBenchmarkRunner.Outcome outcome = RosterBenchmarkRunner.run(options);

        assertTrue(Files.isRegularFile(outcome.benchmarkDirectory().toPath().resolve("index.html")), "HTML report written");
        assertTrue(Files.isRegularFile(outcome.benchmarkDirectory().toPath().resolve("summary.md")), "table written");
        assertTrue(Files.readString(outcome.benchmarkDirectory().toPath().resolve("index.html")).contains("summary.html"), "figures linked from the report");
        assertTrue(Files.readString(outcome.benchmarkDirectory().toPath().resolve("summary.html")).contains("paid h outside opening"));
        assertEquals(2, outcome.runs().size());
        CoverageRelaxation.Result bound = outcome.bounds().get("smoke-week");
        for (RosterBenchmarkRunner.Run run : outcome.runs()) {
            assertEquals(0, run.score().hardScore(), run.config() + " feasible");
            assertNotNull(run.firstFeasibleMillis(), run.config() + " time to first feasible");
            assertTrue(run.scoreCalculationSpeed() > 0);
            assertTrue(-run.score().mediumScore() >= bound.lowerBound(), "a roster below the lower bound: " + run);
            assertTrue(run.metrics().labourCostFen() > 0);
            assertEquals(4, run.metrics().service().size(), "service per queue");
        }
        assertTrue(outcome.table().contains("| default |") && outcome.table().contains("| peak |"), outcome.table());
    }
}
