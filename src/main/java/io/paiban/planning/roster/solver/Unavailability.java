package io.paiban.planning.roster.solver;

import java.time.LocalDate;

/**
 * Approved leave or other unavailability of an agent: a whole day (no shift may start on it) or a time
 * range in minutes from the horizon start (no shift may overlap it).
 */
public record Unavailability(RosterAgent agent, LocalDate date, int startMinute, int endMinute) {

    public static Unavailability wholeDay(RosterAgent agent, LocalDate date) {
        return new Unavailability(agent, date, 0, 0);
    }

    public static Unavailability range(RosterAgent agent, int startMinute, int endMinute) {
        if (endMinute <= startMinute) {
            throw new IllegalArgumentException("an unavailability must end after it starts");
        }
        return new Unavailability(agent, null, startMinute, endMinute);
    }

    /** Minutes of the shift lost to this unavailability: all paid minutes for a day of leave. */
    public int conflictMinutes(ShiftOption shift) {
        if (date != null) {
            return date.equals(shift.getDate()) ? shift.getPaidMinutes() : 0;
        }
        return Math.max(0, Math.min(endMinute, shift.getEndMinute()) - Math.max(startMinute, shift.getStartMinute()));
    }
}
