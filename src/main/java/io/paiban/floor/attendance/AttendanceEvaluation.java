package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.Outcome;
import io.paiban.floor.attendance.rules.ShiftOutcome;
import io.paiban.floor.attendance.rules.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The stored outcome of one published shift, one row per agent and work date. */
@Entity
@Table(name = "attendance_evaluation")
public class AttendanceEvaluation extends PanacheEntityBase {

    private static final String REMARK_SEPARATOR = "; ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "shift_template_id", nullable = false)
    public Long shiftTemplateId;

    @Column(name = "queue_id")
    public Long queueId;

    /** The stored policy applied; null = the built-in defaults. */
    @Column(name = "policy_id")
    public Long policyId;

    @Column(name = "shift_start", nullable = false)
    public Instant shiftStart;

    @Column(name = "shift_end", nullable = false)
    public Instant shiftEnd;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "clock_in_at")
    public Instant clockInAt;

    @Column(name = "clock_out_at")
    public Instant clockOutAt;

    @Column(name = "late_minutes", nullable = false)
    public int lateMinutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "late_tier", nullable = false)
    public Tier lateTier;

    @Column(name = "early_minutes", nullable = false)
    public int earlyMinutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "early_tier", nullable = false)
    public Tier earlyTier;

    @Column(name = "overtime_minutes", nullable = false)
    public int overtimeMinutes;

    @Column(name = "away_unreported", nullable = false)
    public int awayUnreported;

    @Column(name = "away_over_limit", nullable = false)
    public int awayOverLimit;

    @Column(name = "missing_clock_out", nullable = false)
    public boolean missingClockOut;

    @Column(name = "tier_breaches", nullable = false)
    public int tierBreaches;

    @Column(nullable = false)
    public int absences;

    @Column(name = "fine_yuan", nullable = false, precision = 8, scale = 2)
    public BigDecimal fine;

    @Column(name = "scheduled_seconds", nullable = false)
    public int scheduledSeconds;

    @Column(name = "adherent_seconds", nullable = false)
    public int adherentSeconds;

    @Column(length = 1000)
    public String remarks;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    public ShiftOutcome toOutcome() {
        return new ShiftOutcome(outcome, clockInAt, clockOutAt, lateMinutes, lateTier, earlyMinutes, earlyTier, overtimeMinutes,
                awayUnreported, awayOverLimit, missingClockOut, tierBreaches, absences, fine, scheduledSeconds, adherentSeconds,
                remarkList());
    }

    public List<String> remarkList() {
        return remarks == null || remarks.isEmpty() ? List.of() : Arrays.asList(remarks.split(REMARK_SEPARATOR));
    }

    /** Stores the outcome; tells whether anything a report adds up changed. */
    public boolean set(ShiftOutcome o) {
        boolean changed = outcome != o.outcome() || lateMinutes != o.lateMinutes() || earlyMinutes != o.earlyMinutes()
                || overtimeMinutes != o.overtimeMinutes() || awayUnreported != o.awayUnreported() || awayOverLimit != o.awayOverLimit()
                || absences != o.absences() || tierBreaches != o.tierBreaches() || fine == null || fine.compareTo(o.fine()) != 0
                || scheduledSeconds != o.scheduledSeconds() || adherentSeconds != o.adherentSeconds()
                || !Objects.equals(clockInAt, o.clockIn()) || !Objects.equals(clockOutAt, o.clockOut());
        outcome = o.outcome();
        clockInAt = o.clockIn();
        clockOutAt = o.clockOut();
        lateMinutes = o.lateMinutes();
        lateTier = o.lateTier();
        earlyMinutes = o.earlyMinutes();
        earlyTier = o.earlyTier();
        overtimeMinutes = o.overtimeMinutes();
        awayUnreported = o.awayUnreported();
        awayOverLimit = o.awayOverLimit();
        missingClockOut = o.missingClockOut();
        tierBreaches = o.tierBreaches();
        absences = o.absences();
        fine = o.fine();
        scheduledSeconds = (int) o.scheduledSeconds();
        adherentSeconds = (int) o.adherentSeconds();
        String text = String.join(REMARK_SEPARATOR, o.remarks());
        remarks = text.isEmpty() ? null : text.length() > 1000 ? text.substring(0, 997) + "..." : text;
        return changed;
    }
}
