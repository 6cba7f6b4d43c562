package io.paiban.planning.staffing.model;

import java.time.LocalDateTime;

/**
 * One planning interval in the caller's local time. Time zones and daylight-saving shifts are the caller's
 * business: the planner only needs starts that strictly increase and intervals that do not overlap.
 *
 * @param open whether the centre works in this interval; closed intervals never get staff
 */
public record PlanningInterval(LocalDateTime start, int lengthMinutes, boolean open) {

    public PlanningInterval {
        if (start == null) {
            throw new StaffingInputException("start", "must not be null");
        }
        if (lengthMinutes <= 0) {
            throw new StaffingInputException("lengthMinutes", "must be greater than 0, was " + lengthMinutes);
        }
    }

    public LocalDateTime end() {
        return start.plusMinutes(lengthMinutes);
    }
}
