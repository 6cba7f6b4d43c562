package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One agent's attendance month.
 *
 * @param absences     shift absences and no-shows plus one per {@code latesPerAbsence} fined late/early leaves
 * @param bonusPayable the full-attendance bonus minus the late/early fines (never below 0), or 0 when lost
 * @param flagReasons  why dismissal is flagged (empty: not flagged)
 */
public record MonthTotals(int shifts, int onTimeShifts, int lateCount, int earlyCount, int tierBreaches, int noShows,
                          int absences, int awayViolations, int overtimeMinutes, BigDecimal lateFines, int complaints,
                          BigDecimal complaintFines, BigDecimal bonusAmount, boolean bonusKept, BigDecimal bonusPayable,
                          List<String> flagReasons, long scheduledSeconds, long adherentSeconds) {

    public boolean dismissalFlag() {
        return !flagReasons.isEmpty();
    }

    /** Share of scheduled time in the right state; null when nothing was scheduled. */
    public Double adherence() {
        return scheduledSeconds == 0 ? null : (double) adherentSeconds / scheduledSeconds;
    }
}
