package io.paiban.benchmark.publicbench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The row planner behind the row moves and the construction: its rows keep the hard rules and are optimal. */
class RowPlannerTest {

    private static List<BenchInstance> instances() throws IOException {
        List<BenchInstance> instances = new ArrayList<>();
        instances.add(BenchFixtures.tiny());
        Path dir = PublicBenchmarkRunner.defaultInstanceDir();
        for (int i = 1; i <= 8; i++) {
            Path file = dir.resolve("Instance" + i + ".txt");
            if (Files.isRegularFile(file)) {
                instances.add(InstanceReader.read(file));
            }
        }
        return instances;
    }

    /** Rows planned employee by employee (each against the rows before it) form a roster with no hard breach. */
    private static int[][] plannedRoster(BenchInstance instance, RowPlanner planner) {
        int[][] grid = new int[instance.staff().size()][instance.horizon()];
        for (int[] row : grid) {
            java.util.Arrays.fill(row, -1);
        }
        Random random = new Random(19);
        for (Staff member : instance.staff()) {
            int[] row = planner.bestRow(member, planner.othersCount(grid, member.index()), 200, 0.0, random);
            if (row == null) { // a narrow beam can prune every state that still reaches the minimum minutes
                row = planner.bestRow(member, planner.othersCount(grid, member.index()), 5000, 0.0, random);
            }
            assertNotNull(row, instance.name() + ": no row for " + member);
            grid[member.index()] = row;
        }
        return grid;
    }

    @Test
    void plannedRowsKeepEveryHardRule() throws IOException {
        for (BenchInstance instance : instances()) {
            Evaluator.Result result = Evaluator.evaluate(instance, plannedRoster(instance, new RowPlanner(instance)));
            assertEquals(0, result.hardPenalty(), instance.name() + ": " + result.violations());
        }
    }

    /** On the 7-day hand-built instance every row of one employee (3^7) is tried: the planner finds the best. */
    @Test
    void plannedRowIsTheBestRowOfTheEmployee() {
        BenchInstance instance = BenchFixtures.tiny();
        RowPlanner planner = new RowPlanner(instance);
        int[][] grid = plannedRoster(instance, planner);
        for (Staff member : instance.staff()) {
            int e = member.index();
            int[] planned = planner.bestRow(member, planner.othersCount(grid, e), 1000, 0.0, new Random(1));
            int[] keep = grid[e];
            grid[e] = planned;
            long plannedObjective = Evaluator.evaluate(instance, grid).objective();
            long best = Long.MAX_VALUE;
            int types = instance.shifts().size();
            int rows = (int) Math.pow(types + 1, instance.horizon());
            for (int code = 0; code < rows; code++) {
                int[] row = new int[instance.horizon()];
                for (int d = 0, c = code; d < row.length; d++, c /= types + 1) {
                    row[d] = c % (types + 1) - 1;
                }
                grid[e] = row;
                Evaluator.Result r = Evaluator.evaluate(instance, grid);
                if (r.feasible()) {
                    best = Math.min(best, r.objective());
                }
            }
            grid[e] = keep;
            assertTrue(best < Long.MAX_VALUE);
            assertEquals(best, plannedObjective, "employee " + member);
        }
    }
}
