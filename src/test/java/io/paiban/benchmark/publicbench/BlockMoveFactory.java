package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Random block moves over runs of consecutive days, the moves that a rule on runs needs (a single-cell change
 * moves a run rule by one day, often through an infeasible step):
 * <ul>
 *   <li>block swap: two employees trade their cells over days d..d+k-1 (cover stays exactly the same);</li>
 *   <li>block change: one employee gets the same shift type (or days off) on days d..d+k-1;</li>
 *   <li>row swap: one employee's cells on two days up to 3 days apart trade places (the employee's totals stay).</li>
 * </ul>
 * Pinned cells (fixed days off) and shift types outside a cell's value range are never produced.
 */
public class BlockMoveFactory implements MoveIteratorFactory<Schedule, AssignMove> {

    /** Longest block in days; {@code maxBlock} in the config's moveIteratorFactoryCustomProperties. */
    private int maxBlock = 7;

    public void setMaxBlock(int maxBlock) {
        this.maxBlock = maxBlock;
    }

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        Schedule s = scoreDirector.getWorkingSolution();
        long staff = s.getStaff().size();
        return staff * staff * s.getInstance().horizon() * maxBlock;
    }

    @Override
    public Iterator<AssignMove> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("block moves are random only");
    }

    @Override
    public Iterator<AssignMove> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector, Random random) {
        Schedule s = scoreDirector.getWorkingSolution();
        int staffCount = s.getStaff().size();
        int horizon = s.getInstance().horizon();
        EmployeeDay[][] grid = new EmployeeDay[staffCount][horizon];
        for (EmployeeDay cell : s.getEmployeeDays()) {
            grid[cell.getStaff().index()][cell.getDay()] = cell;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public AssignMove next() {
                for (int attempt = 0; attempt < 10_000; attempt++) {
                    int kind = random.nextInt(3);
                    AssignMove move = kind == 0 ? swap() : kind == 1 ? change() : shiftInRow();
                    if (move != null) {
                        return move;
                    }
                }
                return new AssignMove("none", List.of(), List.of()); // everything pinned: not doable, skipped
            }

            private AssignMove swap() {
                if (staffCount < 2) {
                    return null;
                }
                int a = random.nextInt(staffCount);
                int b = random.nextInt(staffCount - 1);
                if (b >= a) {
                    b++;
                }
                int start = random.nextInt(horizon);
                int length = 1 + random.nextInt(Math.min(maxBlock, horizon - start));
                List<EmployeeDay> cells = new ArrayList<>(2 * length);
                List<ShiftType> values = new ArrayList<>(2 * length);
                for (int d = start; d < start + length; d++) {
                    EmployeeDay x = grid[a][d];
                    EmployeeDay y = grid[b][d];
                    if (x.getShift() == y.getShift()) {
                        continue;
                    }
                    if (x.isPinned() || y.isPinned() || !allows(x, y.getShift()) || !allows(y, x.getShift())) {
                        return null;
                    }
                    cells.add(x);
                    values.add(y.getShift());
                    cells.add(y);
                    values.add(x.getShift());
                }
                return cells.isEmpty() ? null : new AssignMove("swap", cells, values);
            }

            /** One employee's cells on two days up to 3 days apart trade places: totals stay, the pattern moves. */
            private AssignMove shiftInRow() {
                int a = random.nextInt(staffCount);
                int d1 = random.nextInt(horizon);
                int d2 = d1 + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3));
                if (d2 < 0 || d2 >= horizon) {
                    return null;
                }
                EmployeeDay x = grid[a][d1];
                EmployeeDay y = grid[a][d2];
                if (x.getShift() == y.getShift() || x.isPinned() || y.isPinned()) {
                    return null;
                }
                return new AssignMove("row", List.of(x, y), java.util.Arrays.asList(y.getShift(), x.getShift()));
            }

            private AssignMove change() {
                int a = random.nextInt(staffCount);
                int start = random.nextInt(horizon);
                int length = 1 + random.nextInt(Math.min(maxBlock, horizon - start));
                List<ShiftType> allowed = grid[a][start].getAllowedShifts();
                int pick = random.nextInt(allowed.size() + 1);
                ShiftType value = pick == allowed.size() ? null : allowed.get(pick);
                List<EmployeeDay> cells = new ArrayList<>(length);
                List<ShiftType> values = new ArrayList<>(length);
                for (int d = start; d < start + length; d++) {
                    EmployeeDay x = grid[a][d];
                    if (x.isPinned()) {
                        return null;
                    }
                    if (x.getShift() != value) {
                        cells.add(x);
                        values.add(value);
                    }
                }
                return cells.isEmpty() ? null : new AssignMove("change", cells, values);
            }
        };
    }

    private static boolean allows(EmployeeDay cell, ShiftType value) {
        return value == null || cell.getAllowedShifts().contains(value);
    }
}
