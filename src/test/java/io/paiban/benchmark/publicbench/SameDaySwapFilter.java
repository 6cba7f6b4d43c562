package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;

/** Keeps swaps between two employees on the same day: the cover stays the same, only the employees' rules move. */
public class SameDaySwapFilter implements SelectionFilter<Schedule, SwapMove<Schedule>> {

    @Override
    public boolean accept(ScoreDirector<Schedule> scoreDirector, SwapMove<Schedule> move) {
        EmployeeDay left = (EmployeeDay) move.getLeftEntity();
        EmployeeDay right = (EmployeeDay) move.getRightEntity();
        return left.getDay() == right.getDay() && left.getShift() != right.getShift();
    }
}
