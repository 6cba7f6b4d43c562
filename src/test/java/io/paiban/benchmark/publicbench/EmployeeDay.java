package io.paiban.benchmark.publicbench;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * One employee on one day: the shift worked, or null for a day off. One entity per cell of the roster grid makes
 * "at most one shift a day" hold by construction, and keeps a change move to one cell cheap. A fixed day off is
 * pinned to null; the shift types whose MaxShifts is 0 are left out of the cell's value range.
 */
@PlanningEntity
public class EmployeeDay {

    @PlanningId
    private String id;
    private Staff staff;
    private int day;
    private int horizon;
    private boolean pinned;
    private List<ShiftType> allowedShifts;

    @PlanningVariable(valueRangeProviderRefs = "allowedShifts", nullable = true)
    private ShiftType shift;

    public EmployeeDay() {
    }

    public EmployeeDay(Staff staff, int day, int horizon, List<ShiftType> allowedShifts, boolean pinned) {
        this.id = staff.id() + "/" + day;
        this.staff = staff;
        this.day = day;
        this.horizon = horizon;
        this.allowedShifts = List.copyOf(allowedShifts);
        this.pinned = pinned;
    }

    public String getId() {
        return id;
    }

    public Staff getStaff() {
        return staff;
    }

    public int getDay() {
        return day;
    }

    public int getHorizon() {
        return horizon;
    }

    /** Saturday or Sunday index of the week, -1 on weekdays. */
    public int getWeekend() {
        return BenchInstance.weekendOf(day);
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    @ValueRangeProvider(id = "allowedShifts")
    public List<ShiftType> getAllowedShifts() {
        return allowedShifts;
    }

    public ShiftType getShift() {
        return shift;
    }

    public void setShift(ShiftType shift) {
        this.shift = shift;
    }

    public int getMinutes() {
        return shift == null ? 0 : shift.minutes();
    }

    @Override
    public String toString() {
        return id + "=" + (shift == null ? "-" : shift.id());
    }
}
