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
    private final int minutesOutsideOpening;

    public Duty(ShiftOption shift, RosterQueue queue, List<CoverageSlot> coveredSlots) {
        this(shift, queue, coveredSlots, 0);
    }

    /** @param minutesOutsideOpening paid minutes of the shift in which the queue is closed */
    public Duty(ShiftOption shift, RosterQueue queue, List<CoverageSlot> coveredSlots, int minutesOutsideOpening) {
        this.id = shift.getId() + "/" + queue.getId();
        this.shift = shift;
        this.queue = queue;
        this.coveredSlots = List.copyOf(coveredSlots);
        this.minutesOutsideOpening = minutesOutsideOpening;
    }

    /** Paid minutes in which the agent sits on a closed queue: paid time that covers nothing. */
    public int getMinutesOutsideOpening() {
        return minutesOutsideOpening;
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
