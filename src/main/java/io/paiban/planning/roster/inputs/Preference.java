package io.paiban.planning.roster.inputs;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * An agent's wish: on one date, one weekday or (both null) every day; for one shift template or (null)
 * working at all. DESIRED without a template: wants to work that day; UNDESIRED without one: wants it off.
 */
@Entity
@Table(name = "agent_preference")
public class Preference extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "pref_date")
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week")
    public DayOfWeek dayOfWeek;

    @Column(name = "shift_template_id")
    public Long shiftTemplateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preference_kind", nullable = false)
    public PreferenceKind kind;

    @Column(nullable = false)
    public int weight = 1;
}
