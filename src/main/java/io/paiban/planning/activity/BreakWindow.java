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

import java.time.LocalTime;

/**
 * A break or lunch of a shift template with the window its start may be placed in (site-local times; a time before
 * the template's start is on the next day) and the fixed start everyone would take without placement. A template
 * with windows has its fixed template breaks replaced by placed ones once a roster's activities are planned.
 */
@Entity
@Table(name = "break_window")
public class BreakWindow extends VersionedEntity {

    @Column(name = "template_id", nullable = false)
    public Long templateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "activity_kind", nullable = false)
    public ActivityKind kind;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "earliest_start", nullable = false)
    public LocalTime earliestStart;

    @Column(name = "latest_start", nullable = false)
    public LocalTime latestStart;

    @Column(name = "fixed_start", nullable = false)
    public LocalTime fixedStart;

    @Column(nullable = false)
    public boolean paid;
}
