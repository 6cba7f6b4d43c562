package io.paiban.planning.roster.solver;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.util.List;

/**
 * What an agent does on a working day: a placed shift on one queue. Shift and queue form a single
 * planning value (see docs/rostering.md) and the duty knows the coverage slots it fills.
 */
public final class Duty {

    @PlanningId
    private final String id;
    private final ShiftOption shift;
    private final RosterQueue queue;
    private final List<CoverageSlot> coveredSlots;

    public Duty(ShiftOption shift, RosterQueue queue, List<CoverageSlot> coveredSlots) {
        this.id = shift.getId() + "/" + queue.getId();
        this.shift = shift;
        this.queue = queue;
        this.coveredSlots = List.copyOf(coveredSlots);
    }

    public boolean covers(CoverageSlot slot) {
        return slot.getQueue() == queue && shift.covers(slot.getInterval());
    }

    public String getId() {
        return id;
    }

    public ShiftOption getShift() {
        return shift;
    }

    public RosterQueue getQueue() {
        return queue;
    }

    public List<CoverageSlot> getCoveredSlots() {
        return coveredSlots;
    }

    @Override
    public String toString() {
        return id;
    }
}
