package io.paiban.benchmark.publicbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The best row for one employee given everybody else's roster: a beam search over the days (a bounded dynamic
 * programme) whose states carry what the employee's hard rules need (shift of the previous day, length of the
 * current run of working days or days off and whether it started on the first day, minutes worked, shifts per
 * type, weekends worked). Every row it returns keeps all of the employee's hard rules; its cost is the employee's
 * share of the objective: for each cover of a day and shift, working it saves the under-weight when the others
 * leave it short and costs the over-weight otherwise, plus the employee's shift-on and shift-off requests.
 * States with the same rule-relevant content are merged (the cheaper one kept), then the {@code beamWidth}
 * cheapest survive each day. Optional noise on the cover costs makes repeated calls propose different good rows.
 */
public final class RowPlanner {

    private final BenchInstance instance;
    private final int horizon;
    private final int types;
    /** Per day and shift type: the covers (requirement, under-weight, over-weight), usually one. */
    private final int[][][] covers;
    /** Per employee, day and choice (0 = off, 1 + t = shift t): request cost of that choice. */
    private final int[][][] requestCost;
    private final boolean[][] fixedOff;
    private final int[][] forbidden;

    public RowPlanner(BenchInstance instance) {
        this.instance = instance;
        this.horizon = instance.horizon();
        this.types = instance.shifts().size();
        int staff = instance.staff().size();
        List<int[]>[][] byCell = new List[horizon][types];
        for (Cover c : instance.covers()) {
            if (byCell[c.day()][c.shift().index()] == null) {
                byCell[c.day()][c.shift().index()] = new ArrayList<>();
            }
            byCell[c.day()][c.shift().index()].add(new int[]{c.requirement(), c.underWeight(), c.overWeight()});
        }
        covers = new int[horizon][types][];
        for (int d = 0; d < horizon; d++) {
            for (int t = 0; t < types; t++) {
                List<int[]> list = byCell[d][t];
                covers[d][t] = new int[list == null ? 0 : 3 * list.size()];
                for (int i = 0; list != null && i < list.size(); i++) {
                    System.arraycopy(list.get(i), 0, covers[d][t], 3 * i, 3);
                }
            }
        }
        requestCost = new int[staff][horizon][types + 1];
        for (ShiftRequest r : instance.onRequests()) {
            for (int c = 0; c <= types; c++) {
                if (c != r.shift().index() + 1) {
                    requestCost[r.staff().index()][r.day()][c] += r.weight();
                }
            }
        }
        for (ShiftRequest r : instance.offRequests()) {
            requestCost[r.staff().index()][r.day()][r.shift().index() + 1] += r.weight();
        }
        fixedOff = new boolean[staff][horizon];
        for (FixedDayOff off : instance.daysOff()) {
            fixedOff[off.staff().index()][off.day()] = true;
        }
        forbidden = new int[types][types];
        for (ForbiddenSuccession f : instance.forbiddenSuccessions()) {
            forbidden[f.first().index()][f.next().index()] = 1;
        }
    }

    private static final class State {
        final State parent;
        final int choice; // -1 off, else shift type index
        final int run; // length of the current run (working or off)
        final boolean runFromStart; // the current run started on day 0
        final int minutes;
        final int[] counts;
        final int weekends;
        final double cost;

        State(State parent, int choice, int run, boolean runFromStart, int minutes, int[] counts, int weekends,
              double cost) {
            this.parent = parent;
            this.choice = choice;
            this.run = run;
            this.runFromStart = runFromStart;
            this.minutes = minutes;
            this.counts = counts;
            this.weekends = weekends;
            this.cost = cost;
        }

        long key() {
            long h = choice + 2;
            h = h * 1_000_003L + run;
            h = h * 31 + (runFromStart ? 1 : 0);
            h = h * 1_000_003L + minutes;
            h = h * 1_000_003L + weekends;
            for (int c : counts) {
                h = h * 1_000_003L + c;
            }
            return h;
        }
    }

    /**
     * The cheapest row found for {@code staff}, as shift type indexes per day (-1 = off), or null when the search
     * found no row that keeps the employee's hard rules.
     *
     * @param othersCount number of other employees working shift t on day d, {@code othersCount[d][t]}
     * @param noise       0 for exact costs; otherwise each cover cost is perturbed by up to this amount
     */
    public int[] bestRow(Staff staff, int[][] othersCount, int beamWidth, double noise, Random random) {
        int e = staff.index();
        double[][] cellCost = new double[horizon][types + 1];
        int maxShiftMinutes = 0;
        for (ShiftType t : instance.shifts()) {
            if (staff.maxShifts(t) > 0) {
                maxShiftMinutes = Math.max(maxShiftMinutes, t.minutes());
            }
        }
        for (int d = 0; d < horizon; d++) {
            cellCost[d][0] = requestCost[e][d][0];
            for (int t = 0; t < types; t++) {
                double c = requestCost[e][d][t + 1];
                int[] cv = covers[d][t];
                for (int i = 0; i < cv.length; i += 3) {
                    c += othersCount[d][t] < cv[i] ? -cv[i + 1] : cv[i + 2];
                }
                if (noise > 0) {
                    c += noise * random.nextDouble();
                }
                cellCost[d][t + 1] = c;
            }
        }
        List<State> beam = new ArrayList<>();
        beam.add(null); // the empty prefix
        for (int d = 0; d < horizon; d++) {
            Map<Long, State> next = new HashMap<>();
            int remainingAfter = horizon - d - 1;
            boolean saturday = d % 7 == 5;
            boolean sunday = d % 7 == 6;
            for (State s : beam) {
                int last = s == null ? -1 : s.choice;
                int run = s == null ? 0 : s.run;
                boolean fromStart = s == null || s.runFromStart;
                int minutes = s == null ? 0 : s.minutes;
                int weekends = s == null ? 0 : s.weekends;
                double cost = s == null ? 0 : s.cost;
                int[] counts = s == null ? new int[types] : s.counts;
                // day off
                if (s == null || last == -1 || fromStart || run >= staff.minConsecutiveShifts()) {
                    if (minutes + (long) remainingAfter * maxShiftMinutes >= staff.minTotalMinutes()) {
                        boolean cont = s != null && last == -1;
                        add(next, new State(s, -1, cont ? run + 1 : 1, cont ? fromStart : s == null, minutes, counts,
                                weekends, cost + cellCost[d][0]));
                    }
                }
                if (fixedOff[e][d]) {
                    continue;
                }
                for (int t = 0; t < types; t++) {
                    ShiftType type = instance.shifts().get(t);
                    if (counts[t] >= staff.maxShifts(type) || minutes + type.minutes() > staff.maxTotalMinutes()) {
                        continue;
                    }
                    if (last >= 0 && forbidden[last][t] != 0) {
                        continue;
                    }
                    boolean cont = s != null && last >= 0;
                    int newRun = cont ? run + 1 : 1;
                    if (newRun > staff.maxConsecutiveShifts()) {
                        continue;
                    }
                    if (s != null && last == -1 && !fromStart && run < staff.minConsecutiveDaysOff()) {
                        continue; // an interior run of days off too short
                    }
                    int newWeekends = weekends;
                    if (saturday || (sunday && last == -1) || (sunday && d == 0)) {
                        newWeekends++;
                    }
                    if (newWeekends > staff.maxWeekends()) {
                        continue;
                    }
                    int newMinutes = minutes + type.minutes();
                    if (newMinutes + (long) remainingAfter * maxShiftMinutes < staff.minTotalMinutes()) {
                        continue;
                    }
                    int[] newCounts = counts.clone();
                    newCounts[t]++;
                    add(next, new State(s, t, newRun, cont ? fromStart : s == null, newMinutes, newCounts,
                            newWeekends, cost + cellCost[d][t + 1]));
                }
            }
            beam = new ArrayList<>(next.values());
            if (beam.isEmpty()) {
                return null;
            }
            if (beam.size() > beamWidth) {
                beam.sort(Comparator.comparingDouble(st -> st.cost));
                beam = new ArrayList<>(beam.subList(0, beamWidth));
            }
        }
        State best = null;
        for (State s : beam) {
            if (s.minutes >= staff.minTotalMinutes() && (best == null || s.cost < best.cost)) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        int[] row = new int[horizon];
        State s = best;
        for (int d = horizon - 1; d >= 0; d--) {
            row[d] = s.choice;
            s = s.parent;
        }
        return row;
    }

    private static void add(Map<Long, State> next, State candidate) {
        next.merge(candidate.key(), candidate, (a, b) -> a.cost <= b.cost ? a : b);
    }

    /** {@code count[d][t]}: employees other than {@code staff} working t on d in {@code grid}. */
    public int[][] othersCount(int[][] grid, int staff) {
        int[][] count = new int[horizon][types];
        for (int e = 0; e < grid.length; e++) {
            if (e == staff) {
                continue;
            }
            for (int d = 0; d < horizon; d++) {
                if (grid[e][d] >= 0) {
                    count[d][grid[e][d]]++;
                }
            }
        }
        return count;
    }
}
