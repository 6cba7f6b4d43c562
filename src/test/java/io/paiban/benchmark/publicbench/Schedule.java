package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

import java.util.ArrayList;
import java.util.List;

/** The planning solution: a roster grid of {@link EmployeeDay} cells over one {@link BenchInstance}. */
@PlanningSolution
public class Schedule {

    private BenchInstance instance;
    @ProblemFactCollectionProperty
    private List<Staff> staff;
    @ProblemFactCollectionProperty
    private List<ShiftType> shiftTypes;
    @ProblemFactCollectionProperty
    private List<ForbiddenSuccession> forbiddenSuccessions;
    @ProblemFactCollectionProperty
    private List<FixedDayOff> daysOff;
    @ProblemFactCollectionProperty
    private List<ShiftRequest> requests;
    @ProblemFactCollectionProperty
    private List<Cover> covers;
    @PlanningEntityCollectionProperty
    private List<EmployeeDay> employeeDays;
    @PlanningScore
    private HardSoftScore score;

    public Schedule() {
    }

    public Schedule(BenchInstance instance, List<EmployeeDay> employeeDays) {
        this.instance = instance;
        this.staff = instance.staff();
        this.shiftTypes = instance.shifts();
        this.forbiddenSuccessions = instance.forbiddenSuccessions();
        this.daysOff = instance.daysOff();
        List<ShiftRequest> all = new ArrayList<>(instance.onRequests());
        all.addAll(instance.offRequests());
        this.requests = all;
        this.covers = instance.covers();
        this.employeeDays = employeeDays;
    }

    /** An empty roster (every cell a day off) for the instance. */
    public static Schedule empty(BenchInstance instance) {
        List<EmployeeDay> cells = new ArrayList<>();
        for (Staff member : instance.staff()) {
            List<ShiftType> allowed = instance.shifts().stream().filter(t -> member.maxShifts(t) > 0).toList();
            for (int d = 0; d < instance.horizon(); d++) {
                cells.add(new EmployeeDay(member, d, instance.horizon(), allowed, instance.isFixedDayOff(member, d)));
            }
        }
        return new Schedule(instance, cells);
    }

    /** The grid {@code shift[staff][day]} (shift type index, -1 for a day off) that the evaluator and writer read. */
    public int[][] toGrid() {
        int[][] grid = new int[instance.staff().size()][instance.horizon()];
        for (EmployeeDay cell : employeeDays) {
            grid[cell.getStaff().index()][cell.getDay()] = cell.getShift() == null ? -1 : cell.getShift().index();
        }
        return grid;
    }

    public BenchInstance getInstance() {
        return instance;
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public List<ShiftType> getShiftTypes() {
        return shiftTypes;
    }

    public List<EmployeeDay> getEmployeeDays() {
        return employeeDays;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
