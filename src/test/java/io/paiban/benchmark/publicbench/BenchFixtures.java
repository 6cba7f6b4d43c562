package io.paiban.benchmark.publicbench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-built instances and rosters for the public-benchmark tests; rosters are written one string per employee. */
final class BenchFixtures {

    private BenchFixtures() {
    }

    static BenchInstance parse(String name, String text) {
        try {
            return InstanceReader.read(name, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded hand-built instance src/test/resources/publicbench/Tiny1.txt. */
    static BenchInstance tiny() {
        try (Reader reader = new InputStreamReader(
                BenchFixtures.class.getResourceAsStream("/publicbench/Tiny1.txt"), StandardCharsets.UTF_8)) {
            return InstanceReader.read("Tiny1", reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One employee "A" with the given contract fields (MaxTotalMinutes .. MaxWeekends), shift types E and L
     * (480 min each, L must not be followed by E), optional extra sections.
     */
    static BenchInstance single(int horizon, String contract, String extraSections) {
        return parse("single", """
                SECTION_HORIZON
                %d
                SECTION_SHIFTS
                E,480,
                L,480,E
                SECTION_STAFF
                A,E=%d|L=%d,%s
                %s
                """.formatted(horizon, horizon, horizon, contract, extraSections));
    }

    /** Loose contract: no limit binds unless a test sets it. */
    static BenchInstance single(int horizon) {
        return single(horizon, "100000,0,100000,0,0,100000", "");
    }

    /** Grid from one string per employee, a character per day: the shift ID, or '.' for a day off. */
    static int[][] grid(BenchInstance instance, String... rows) {
        int[][] grid = new int[rows.length][];
        for (int e = 0; e < rows.length; e++) {
            grid[e] = new int[rows[e].length()];
            for (int d = 0; d < rows[e].length(); d++) {
                char c = rows[e].charAt(d);
                grid[e][d] = c == '.' ? -1 : instance.shifts().stream()
                        .filter(t -> t.id().equals(String.valueOf(c))).findFirst().orElseThrow().index();
            }
        }
        return grid;
    }

    /** The schedule's cells set to the given rows (same notation as {@link #grid}). */
    static Schedule schedule(BenchInstance instance, String... rows) {
        Schedule schedule = Schedule.empty(instance);
        int[][] grid = grid(instance, rows);
        for (EmployeeDay cell : schedule.getEmployeeDays()) {
            int t = grid[cell.getStaff().index()][cell.getDay()];
            cell.setShift(t < 0 ? null : instance.shifts().get(t));
        }
        return schedule;
    }

    /** Cells plus every problem fact, ready for ConstraintVerifier.given(...). */
    static Object[] facts(BenchInstance instance, String... rows) {
        List<Object> all = new ArrayList<>(schedule(instance, rows).getEmployeeDays());
        all.addAll(instance.forbiddenSuccessions());
        all.addAll(instance.daysOff());
        all.addAll(instance.onRequests());
        all.addAll(instance.offRequests());
        all.addAll(instance.covers());
        return all.toArray();
    }
}
