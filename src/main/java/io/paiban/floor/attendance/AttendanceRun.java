package io.paiban.floor.attendance;

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

import java.time.Instant;
import java.time.LocalDate;

/** A day or month the job finished for a site, so a later run neither repeats nor skips it. */
@Entity
@Table(name = "attendance_run")
public class AttendanceRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "run_kind", nullable = false)
    public RunKind kind;

    /** The work date, or the first day of the month. */
    @Column(name = "period_date", nullable = false)
    public LocalDate periodDate;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    public static boolean done(long siteId, RunKind kind, LocalDate period) {
        return count("siteId = ?1 and kind = ?2 and periodDate = ?3", siteId, kind, period) > 0;
    }

    public static void mark(long siteId, RunKind kind, LocalDate period, Instant at) {
        AttendanceRun run = AttendanceRun.<AttendanceRun>find("siteId = ?1 and kind = ?2 and periodDate = ?3", siteId, kind, period)
                .firstResultOptional().orElseGet(AttendanceRun::new);
        run.siteId = siteId;
        run.kind = kind;
        run.periodDate = period;
        run.completedAt = at;
        run.persist();
    }
}
