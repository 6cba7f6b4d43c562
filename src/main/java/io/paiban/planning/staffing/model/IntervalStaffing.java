package io.paiban.planning.staffing.model;

/** The load of one interval and the agents actually present for it (e.g. from a roster). */
public record IntervalStaffing(OfferedLoad load, int agents) {

    public IntervalStaffing {
        if (load == null) {
            throw new StaffingInputException("load", "must not be null");
        }
        if (agents < 0) {
            throw new StaffingInputException("agents", "must not be negative, was " + agents);
        }
    }
}
