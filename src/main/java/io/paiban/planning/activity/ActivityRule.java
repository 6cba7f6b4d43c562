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

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A recurring group activity: weekly (a day of week) or daily (no day), at a site-local time, for an audience. An
 * activity that starts before the attendee's shift moves the shift's start earlier (the Monday 08:00 meeting brings
 * the 08:30 day shift in at 08:00); the part inside the shift takes the agent off the queues.
 */
@Entity
@Table(name = "activity_rule")
public class ActivityRule extends VersionedEntity {

    /** Null: every site. */
    @Column(name = "site_id")
    public Long siteId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "activity_kind", nullable = false)
    public ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Audience audience;

    @Column(name = "team_name")
    public String teamName;

    @Column(name = "queue_id")
    public Long queueId;

    /** Null: every day. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week")
    public DayOfWeek dayOfWeek;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(nullable = false)
    public boolean paid = true;

    @Column(nullable = false)
    public boolean active = true;
}
