package io.paiban.benchmark.publicbench;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a roster against the benchmark's definition in plain Java, without OptaPlanner, so that a bug in the
 * constraint streams cannot flatter the reported figures. The roster is a grid {@code shift[staff][day]} holding a
 * shift type index or -1 for a day off.
 *
 * <p>Objective (minimised), as in Curtois and Qu (2014):
 * <pre>
 *   sum over shift-on requests (e, d, t, w) of  w * [e does not work t on d]
 * + sum over shift-off requests (e, d, t, w) of w * [e works t on d]
 * + sum over covers (d, t, r, wu, wo) of wu * max(0, r - n(d,t)) + wo * max(0, n(d,t) - r)
 * </pre>
 * where n(d,t) is the number of employees working t on d.
 *
 * <p>Hard rules, each with the magnitude the score uses (so that the two can be compared): fixed day off worked
 * (1 per day), forbidden succession (1 per pair of days), shifts of a type above its maximum (the excess), total
 * minutes above the maximum or below the minimum (the excess or shortfall in minutes), a run of working days longer
 * than the maximum (the excess days per run), a run of working days shorter than the minimum or a run of days off
 * shorter than the minimum (the missing days per run; runs touching the first or last day of the horizon are
 * exempt, see docs/benchmarks.md), weekends worked above the maximum (the excess).
 */
public final class Evaluator {

    public record Result(long hardPenalty, long objective, List<String> violations) {
        public boolean feasible() {
            return hardPenalty == 0;
        }
    }

    private Evaluator() {
    }

    public static Result evaluate(BenchInstance instance, int[][] roster) {
        int h = instance.horizon();
        List<ShiftType> types = instance.shifts();
        List<String> violations = new ArrayList<>();
        long hard = 0;
        if (roster.length != instance.staff().size()) {
            throw new IllegalArgumentException("roster has " + roster.length + " rows for "
                    + instance.staff().size() + " employees");
        }
        for (Staff e : instance.staff()) {
            int[] row = roster[e.index()];
            if (row.length != h) {
                throw new IllegalArgumentException("row of " + e.id() + " has " + row.length + " days, horizon " + h);
            }
            int[] perType = new int[types.size()];
            long minutes = 0;
            for (int d = 0; d < h; d++) {
                if (row[d] >= 0) {
                    perType[row[d]]++;
                    minutes += types.get(row[d]).minutes();
                }
            }
            for (FixedDayOff off : instance.daysOff()) {
                if (off.staff() == e && row[off.day()] >= 0) {
                    hard++;
                    violations.add(e.id() + " works fixed day off " + off.day());
                }
            }
            for (int d = 0; d + 1 < h; d++) {
                if (row[d] >= 0 && row[d + 1] >= 0 && instance.isForbidden(types.get(row[d]), types.get(row[d + 1]))) {
                    hard++;
                    violations.add(e.id() + " works " + types.get(row[d]) + " on " + d + " then "
                            + types.get(row[d + 1]));
                }
            }
            for (ShiftType t : types) {
                if (perType[t.index()] > e.maxShifts(t)) {
                    hard += perType[t.index()] - e.maxShifts(t);
                    violations.add(e.id() + " works " + perType[t.index()] + " " + t + " shifts, max " + e.maxShifts(t));
                }
            }
            if (minutes > e.maxTotalMinutes()) {
                hard += minutes - e.maxTotalMinutes();
                violations.add(e.id() + " works " + minutes + " min, max " + e.maxTotalMinutes());
            }
            if (minutes < e.minTotalMinutes()) {
                hard += e.minTotalMinutes() - minutes;
                violations.add(e.id() + " works " + minutes + " min, min " + e.minTotalMinutes());
            }
            // runs: walk the row, closing a run when its state changes or the horizon ends
            int runStart = 0;
            for (int d = 1; d <= h; d++) {
                boolean ends = d == h || (row[d] >= 0) != (row[runStart] >= 0);
                if (!ends) {
                    continue;
                }
                int length = d - runStart;
                boolean working = row[runStart] >= 0;
                boolean interior = runStart > 0 && d < h;
                if (working && length > e.maxConsecutiveShifts()) {
                    hard += length - e.maxConsecutiveShifts();
                    violations.add(e.id() + " works " + length + " days in a row from " + runStart);
                }
                if (working && interior && length < e.minConsecutiveShifts()) {
                    hard += e.minConsecutiveShifts() - length;
                    violations.add(e.id() + " works only " + length + " day(s) in a row from " + runStart);
                }
                if (!working && interior && length < e.minConsecutiveDaysOff()) {
                    hard += e.minConsecutiveDaysOff() - length;
                    violations.add(e.id() + " has only " + length + " day(s) off in a row from " + runStart);
                }
                runStart = d;
            }
            int weekends = 0;
            for (int w = 0; 7 * w + 5 < h; w++) {
                boolean sat = row[7 * w + 5] >= 0;
                boolean sun = 7 * w + 6 < h && row[7 * w + 6] >= 0;
                if (sat || sun) {
                    weekends++;
                }
            }
            if (weekends > e.maxWeekends()) {
                hard += weekends - e.maxWeekends();
                violations.add(e.id() + " works " + weekends + " weekends, max " + e.maxWeekends());
            }
        }
        long objective = 0;
        for (ShiftRequest r : instance.onRequests()) {
            if (roster[r.staff().index()][r.day()] != r.shift().index()) {
                objective += r.weight();
            }
        }
        for (ShiftRequest r : instance.offRequests()) {
            if (roster[r.staff().index()][r.day()] == r.shift().index()) {
                objective += r.weight();
            }
        }
        for (Cover c : instance.covers()) {
            int n = 0;
            for (int[] row : roster) {
                if (row[c.day()] == c.shift().index()) {
                    n++;
                }
            }
            objective += (long) c.underWeight() * Math.max(0, c.requirement() - n)
                    + (long) c.overWeight() * Math.max(0, n - c.requirement());
        }
        return new Result(hard, objective, List.copyOf(violations));
    }
}
