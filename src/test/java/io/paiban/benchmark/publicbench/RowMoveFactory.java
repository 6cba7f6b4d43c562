package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Large-neighbourhood move: one employee's whole row replaced by the best row {@link RowPlanner} finds for the
 * cover the other employees leave (all of the employee's hard rules kept). A cell or block move has to pass
 * through breaches of the run and minutes rules to reshape a row; this move jumps there in one step. Half of the
 * moves use noisy cover costs so that repeated calls on the same employee propose different good rows.
 */
public class RowMoveFactory implements MoveIteratorFactory<Schedule, AssignMove> {

    private int beamWidth = 200;
    private double noise = 30.0;

    public void setBeamWidth(int beamWidth) {
        this.beamWidth = beamWidth;
    }

    public void setNoise(double noise) {
        this.noise = noise;
    }

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getStaff().size();
    }

    @Override
    public Iterator<AssignMove> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("row moves are random only");
    }

    @Override
    public Iterator<AssignMove> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector, Random random) {
        Schedule s = scoreDirector.getWorkingSolution();
        RowPlanner planner = new RowPlanner(s.getInstance());
        int staffCount = s.getStaff().size();
        int horizon = s.getInstance().horizon();
        EmployeeDay[][] cells = new EmployeeDay[staffCount][horizon];
        for (EmployeeDay cell : s.getEmployeeDays()) {
            cells[cell.getStaff().index()][cell.getDay()] = cell;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public AssignMove next() {
                int e = random.nextInt(staffCount);
                double n = random.nextBoolean() ? noise : 0.0;
                if (staffCount > 1 && random.nextBoolean()) {
                    int f = random.nextInt(staffCount - 1);
                    return pairMove(planner, cells, e, f >= e ? f + 1 : f, beamWidth, n, random);
                }
                return rowMove(planner, cells, e, beamWidth, n, random);
            }
        };
    }

    /** The move that gives employee e the planner's row; a not-doable empty move when no row is found. */
    static AssignMove rowMove(RowPlanner planner, EmployeeDay[][] cells, int e, int beamWidth, double noise,
                              Random random) {
        int horizon = cells[e].length;
        int[][] grid = new int[cells.length][horizon];
        for (int i = 0; i < cells.length; i++) {
            for (int d = 0; d < horizon; d++) {
                ShiftType t = cells[i][d].getShift();
                grid[i][d] = t == null ? -1 : t.index();
            }
        }
        int[] row = planner.bestRow(cells[e][0].getStaff(), planner.othersCount(grid, e), beamWidth, noise, random);
        List<EmployeeDay> changed = new ArrayList<>();
        List<ShiftType> values = new ArrayList<>();
        if (row != null) {
            for (int d = 0; d < horizon; d++) {
                EmployeeDay cell = cells[e][d];
                if (row[d] != grid[e][d] && !cell.isPinned()) {
                    changed.add(cell);
                    values.add(row[d] < 0 ? null : shiftOf(cell, row[d]));
                }
            }
        }
        return new AssignMove("row", changed, values);
    }

    /**
     * Two rows at once: e is planned as if f were absent, then f for the cover left by everybody (e's new row
     * included). Lets two employees trade parts of their rows, which two single-row moves reach only through a
     * worse roster.
     */
    static AssignMove pairMove(RowPlanner planner, EmployeeDay[][] cells, int e, int f, int beamWidth, double noise,
                               Random random) {
        int horizon = cells[e].length;
        int[][] grid = new int[cells.length][horizon];
        for (int i = 0; i < cells.length; i++) {
            for (int d = 0; d < horizon; d++) {
                ShiftType t = cells[i][d].getShift();
                grid[i][d] = t == null ? -1 : t.index();
            }
        }
        int[] fOld = grid[f].clone();
        java.util.Arrays.fill(grid[f], -1);
        int[] rowE = planner.bestRow(cells[e][0].getStaff(), planner.othersCount(grid, e), beamWidth, noise, random);
        List<EmployeeDay> changed = new ArrayList<>();
        List<ShiftType> values = new ArrayList<>();
        if (rowE == null) {
            return new AssignMove("pair", changed, values);
        }
        int[] eOld = grid[e].clone();
        grid[e] = rowE;
        int[] rowF = planner.bestRow(cells[f][0].getStaff(), planner.othersCount(grid, f), beamWidth, noise, random);
        if (rowF == null) {
            return new AssignMove("pair", changed, values);
        }
        int[][] olds = {eOld, fOld};
        int[][] rows = {rowE, rowF};
        int[] who = {e, f};
        for (int k = 0; k < 2; k++) {
            for (int d = 0; d < horizon; d++) {
                EmployeeDay cell = cells[who[k]][d];
                if (rows[k][d] != olds[k][d] && !cell.isPinned()) {
                    changed.add(cell);
                    values.add(rows[k][d] < 0 ? null : shiftOf(cell, rows[k][d]));
                }
            }
        }
        return new AssignMove("pair", changed, values);
    }

    private static ShiftType shiftOf(EmployeeDay cell, int index) {
        for (ShiftType t : cell.getAllowedShifts()) {
            if (t.index() == index) {
                return t;
            }
        }
        throw new IllegalStateException("shift " + index + " not allowed for " + cell);
    }
}
