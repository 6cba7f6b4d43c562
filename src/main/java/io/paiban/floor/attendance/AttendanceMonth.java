package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.MonthTotals;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One agent's attendance month as last generated. */
@Entity
@Table(name = "attendance_month")
public class AttendanceMonth extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "month_start", nullable = false)
    public LocalDate monthStart;

    @Column(name = "team_name", length = 100)
    public String teamName;

    @Column(nullable = false)
    public int shifts;

    @Column(name = "on_time_shifts", nullable = false)
    public int onTimeShifts;

    @Column(name = "late_count", nullable = false)
    public int lateCount;

    @Column(name = "early_count", nullable = false)
    public int earlyCount;

    @Column(name = "tier_breaches", nullable = false)
    public int tierBreaches;

    @Column(name = "no_shows", nullable = false)
    public int noShows;

    @Column(nullable = false)
    public int absences;

    @Column(name = "away_violations", nullable = false)
    public int awayViolations;

    @Column(name = "overtime_minutes", nullable = false)
    public int overtimeMinutes;

    @Column(name = "late_fines", nullable = false, precision = 10, scale = 2)
    public BigDecimal lateFines;

    @Column(nullable = false)
    public int complaints;

    @Column(name = "complaint_fines", nullable = false, precision = 10, scale = 2)
    public BigDecimal complaintFines;

    @Column(name = "bonus_amount", nullable = false, precision = 10, scale = 2)
    public BigDecimal bonusAmount;

    @Column(name = "bonus_kept", nullable = false)
    public boolean bonusKept;

    @Column(name = "bonus_payable", nullable = false, precision = 10, scale = 2)
    public BigDecimal bonusPayable;

    @Column(name = "dismissal_flag", nullable = false)
    public boolean dismissalFlag;

    @Column(name = "flag_reasons", length = 500)
    public String flagReasons;

    @Column(name = "scheduled_seconds", nullable = false)
    public long scheduledSeconds;

    @Column(name = "adherent_seconds", nullable = false)
    public long adherentSeconds;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;

    public Double adherence() {
        return scheduledSeconds == 0 ? null : (double) adherentSeconds / scheduledSeconds;
    }

    @Column(name = "conduct_violations", nullable = false)
    public int conductViolations;

    @Column(name = "conduct_fines", nullable = false, precision = 10, scale = 2)
    public BigDecimal conductFines = BigDecimal.ZERO;

    public void set(MonthTotals t) {
        shifts = t.shifts();
        onTimeShifts = t.onTimeShifts();
        lateCount = t.lateCount();
        earlyCount = t.earlyCount();
        tierBreaches = t.tierBreaches();
        noShows = t.noShows();
        absences = t.absences();
        awayViolations = t.awayViolations();
        overtimeMinutes = t.overtimeMinutes();
        lateFines = t.lateFines();
        complaints = t.complaints();
        complaintFines = t.complaintFines();
        bonusAmount = t.bonusAmount();
        bonusKept = t.bonusKept();
        bonusPayable = t.bonusPayable();
        dismissalFlag = t.dismissalFlag();
        flagReasons = t.flagReasons().isEmpty() ? null : String.join(", ", t.flagReasons());
        scheduledSeconds = t.scheduledSeconds();
        adherentSeconds = t.adherentSeconds();
    }
}
