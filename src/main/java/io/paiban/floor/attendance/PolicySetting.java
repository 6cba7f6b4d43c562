package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.AttendancePolicy;
import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The stored attendance rules of one site or one client. */
@Entity
@Table(name = "attendance_policy")
public class PolicySetting extends VersionedEntity {

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "minor_late_max_minutes", nullable = false)
    public int minorLateMaxMinutes;

    @Column(name = "minor_late_fine", nullable = false, precision = 8, scale = 2)
    public BigDecimal minorLateFine;

    @Column(name = "major_late_max_minutes", nullable = false)
    public int majorLateMaxMinutes;

    @Column(name = "major_late_fine", nullable = false, precision = 8, scale = 2)
    public BigDecimal majorLateFine;

    @Column(name = "away_report_minutes", nullable = false)
    public int awayReportMinutes;

    @Column(name = "away_absence_minutes", nullable = false)
    public int awayAbsenceMinutes;

    @Column(name = "leave_notice_days", nullable = false)
    public int leaveNoticeDays;

    @Column(name = "lates_per_absence", nullable = false)
    public int latesPerAbsence;

    @Column(name = "absences_forfeiting_bonus", nullable = false)
    public int absencesForfeitingBonus;

    @Column(name = "absences_for_dismissal", nullable = false)
    public int absencesForDismissal;

    @Column(name = "first_complaint_fine", nullable = false, precision = 8, scale = 2)
    public BigDecimal firstComplaintFine;

    @Column(name = "repeat_complaint_fine", nullable = false, precision = 8, scale = 2)
    public BigDecimal repeatComplaintFine;

    @Column(name = "complaints_for_dismissal", nullable = false)
    public int complaintsForDismissal;

    @Column(name = "full_attendance_bonus", nullable = false, precision = 8, scale = 2)
    public BigDecimal fullAttendanceBonus;

    public AttendancePolicy toRules() {
        return new AttendancePolicy(minorLateMaxMinutes, minorLateFine, majorLateMaxMinutes, majorLateFine, awayReportMinutes,
                awayAbsenceMinutes, leaveNoticeDays, latesPerAbsence, absencesForfeitingBonus, absencesForDismissal,
                firstComplaintFine, repeatComplaintFine, complaintsForDismissal, fullAttendanceBonus);
    }

    public void set(AttendancePolicy p) {
        minorLateMaxMinutes = p.minorLateMaxMinutes();
        minorLateFine = p.minorLateFine();
        majorLateMaxMinutes = p.majorLateMaxMinutes();
        majorLateFine = p.majorLateFine();
        awayReportMinutes = p.awayReportMinutes();
        awayAbsenceMinutes = p.awayAbsenceMinutes();
        leaveNoticeDays = p.leaveNoticeDays();
        latesPerAbsence = p.latesPerAbsence();
        absencesForfeitingBonus = p.absencesForfeitingBonus();
        absencesForDismissal = p.absencesForDismissal();
        firstComplaintFine = p.firstComplaintFine();
        repeatComplaintFine = p.repeatComplaintFine();
        complaintsForDismissal = p.complaintsForDismissal();
        fullAttendanceBonus = p.fullAttendanceBonus();
    }
}
