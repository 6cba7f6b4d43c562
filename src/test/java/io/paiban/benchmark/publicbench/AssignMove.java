package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Sets several cells at once; the block moves of {@link BlockMoveFactory} are made of it. */
public final class AssignMove extends AbstractMove<Schedule> {

    private final String kind;
    private final List<EmployeeDay> cells;
    private final List<ShiftType> values;

    public AssignMove(String kind, List<EmployeeDay> cells, List<ShiftType> values) {
        this.kind = kind;
        this.cells = cells;
        this.values = values;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Schedule> scoreDirector) {
        for (int i = 0; i < cells.size(); i++) {
            if (!Objects.equals(cells.get(i).getShift(), values.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected AssignMove createUndoMove(ScoreDirector<Schedule> scoreDirector) {
        List<ShiftType> old = new ArrayList<>(cells.size());
        for (EmployeeDay cell : cells) {
            old.add(cell.getShift());
        }
        return new AssignMove(kind, cells, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Schedule> scoreDirector) {
        for (int i = 0; i < cells.size(); i++) {
            EmployeeDay cell = cells.get(i);
            scoreDirector.beforeVariableChanged(cell, "shift");
            cell.setShift(values.get(i));
            scoreDirector.afterVariableChanged(cell, "shift");
        }
    }

    @Override
    public AssignMove rebase(ScoreDirector<Schedule> destinationScoreDirector) {
        return new AssignMove(kind, rebaseList(cells, destinationScoreDirector),
                rebaseList(values, destinationScoreDirector));
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "AssignMove(" + kind + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return new LinkedHashSet<>(cells);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return new ArrayList<>(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind).append('{');
        for (int i = 0; i < cells.size(); i++) {
            s.append(cells.get(i).getId()).append("->").append(values.get(i) == null ? "-" : values.get(i).id());
        }
        return s.append('}').toString();
    }
}
