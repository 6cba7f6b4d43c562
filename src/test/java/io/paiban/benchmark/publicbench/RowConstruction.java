package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Construction by rows: each employee in turn gets the best row {@link RowPlanner} finds for the cover the
 * others leave, over a few rounds (a best-response sweep), so the first roster keeps every hard rule the planner
 * can satisfy and already covers most of the demand.
 */
public class RowConstruction implements CustomPhaseCommand<Schedule> {

    private static final int ROUNDS = 3;
    private static final int BEAM = 400;

    @Override
    public void changeWorkingSolution(ScoreDirector<Schedule> scoreDirector) {
        Schedule s = scoreDirector.getWorkingSolution();
        RowPlanner planner = new RowPlanner(s.getInstance());
        int staffCount = s.getStaff().size();
        int horizon = s.getInstance().horizon();
        EmployeeDay[][] cells = new EmployeeDay[staffCount][horizon];
        for (EmployeeDay cell : s.getEmployeeDays()) {
            cells[cell.getStaff().index()][cell.getDay()] = cell;
        }
        Random random = new Random(horizon * 31L + staffCount);
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < staffCount; e++) {
            order.add(e);
        }
        for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            boolean changed = false;
            for (int e : order) {
                AssignMove move = RowMoveFactory.rowMove(planner, cells, e, BEAM, 0.0, random);
                if (move.isMoveDoable(scoreDirector)) {
                    move.doMoveOnly(scoreDirector);
                    changed = true;
                }
            }
            scoreDirector.triggerVariableListeners();
            if (!changed) {
                break;
            }
        }
    }
}
