package io.paiban.planning.roster.solver;

import java.time.LocalDate;
import java.util.Set;

/**
 * What happened just before the horizon, so that the week boundary never hides a rule breach.
 *
 * @param consecutiveDaysWorked working days in a row ending the day before the horizon starts
 * @param lastShiftEndMinute    end of the last worked shift in minutes from the horizon start (negative
 *                              before it, positive when a night shift runs past it), null if none is known
 * @param restDates             days off in the last week(s) before the horizon, for rest-day rotation
 */
public record AgentHistory(int consecutiveDaysWorked, Integer lastShiftEndMinute, Set<LocalDate> restDates) {

    public static final AgentHistory NONE = new AgentHistory(0, null, Set.of());

    public AgentHistory {
        if (consecutiveDaysWorked < 0) {
            throw new IllegalArgumentException("consecutiveDaysWorked must not be negative");
        }
        restDates = Set.copyOf(restDates);
    }

    public boolean restedOn(LocalDate date) {
        return restDates.contains(date);
    }
}
