package io.paiban.planning.activity;

import io.paiban.kernel.ActivityKind;
import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One activity of one agent-day (the work date its shift starts on). Planned rows (RULE, PLACED) name the roster
 * and template they were planned for: they apply while that roster's published duty with that template wins the day.
 * MANUAL rows (coaching, training, an extra meeting) apply to whatever duty the agent has that day.
 */
@Entity
@Table(name = "shift_activity")
public class ShiftActivity extends VersionedEntity {

    @Column(name = "roster_id")
    public Long rosterId;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "work_date", nullable = false)
    public LocalDate workDate;

    @Column(name = "template_id")
    public Long templateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "activity_kind", nullable = false)
    public ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public ActivitySource source;

    @Column(name = "rule_id")
    public Long ruleId;

    @Column(name = "training_course_id")
    public Long trainingCourseId;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public boolean paid;

    @Column(nullable = false)
    public boolean completed;

    public int minutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }
}
