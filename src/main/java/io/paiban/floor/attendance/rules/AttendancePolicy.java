package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;

/**
 * The attendance rules in force for a shift or a month. Minutes are whole minutes; a limit of N
 * minutes is breached by more than N minutes. Money in yuan.
 *
 * @param minorLateMaxMinutes     late or early up to this: the minor tier (default 10)
 * @param majorLateMaxMinutes     up to this: the major tier; beyond: one absence (default 30)
 * @param awayReportMinutes       away longer than this must be reported to the supervisor (10)
 * @param awayAbsenceMinutes      away longer than this without approved leave is an absence (30)
 * @param leaveNoticeDays         personal leave (kind LEAVE) must be recorded this many days before the shift (1)
 * @param latesPerAbsence         this many fined late/early leaves in a month forfeit the bonus and add one absence (3)
 * @param absencesForfeitingBonus this many absences in a month forfeit the full-attendance bonus (1)
 * @param absencesForDismissal    this many absences in a month flag dismissal (2)
 * @param complaintsForDismissal  this many verified complaints in a month flag dismissal (3)
 * @param fullAttendanceBonus     the monthly full-attendance bonus the late fines are taken from
 */
public record AttendancePolicy(int minorLateMaxMinutes, BigDecimal minorLateFine, int majorLateMaxMinutes, BigDecimal majorLateFine,
                               int awayReportMinutes, int awayAbsenceMinutes, int leaveNoticeDays, int latesPerAbsence,
                               int absencesForfeitingBonus, int absencesForDismissal, BigDecimal firstComplaintFine,
                               BigDecimal repeatComplaintFine, int complaintsForDismissal, BigDecimal fullAttendanceBonus) {

    /** The rules of seed 004 (DOMAIN.md, "Attendance and conduct rules"); the bonus amount is Paiban's assumption. */
    public static final AttendancePolicy DEFAULTS = new AttendancePolicy(10, new BigDecimal("10.00"), 30, new BigDecimal("20.00"),
            10, 30, 1, 3, 1, 2, new BigDecimal("50.00"), new BigDecimal("100.00"), 3, new BigDecimal("200.00"));

    public Tier tier(int minutes) {
        if (minutes <= 0) {
            return Tier.NONE;
        }
        if (minutes <= minorLateMaxMinutes) {
            return Tier.MINOR;
        }
        return minutes <= majorLateMaxMinutes ? Tier.MAJOR : Tier.ABSENCE;
    }

    public BigDecimal fine(Tier tier) {
        return switch (tier) {
            case MINOR -> minorLateFine;
            case MAJOR -> majorLateFine;
            case NONE, ABSENCE -> BigDecimal.ZERO;
        };
    }
}
