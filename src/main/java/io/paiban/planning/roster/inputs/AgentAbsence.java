package io.paiban.planning.roster.inputs;

import io.paiban.kernel.AbsenceKind;

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
 * An agent cannot work: whole site-local days ({@code firstDate..lastDate}, no shift may start on them) or
 * an instant range ({@code startsAt..endsAt}, no shift may overlap it). Only approved absences bind.
 */
@Entity
@Table(name = "agent_absence")
public class AgentAbsence extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "absence_kind", nullable = false)
    public AbsenceKind kind;

    @Column(name = "first_date")
    public LocalDate firstDate;

    @Column(name = "last_date")
    public LocalDate lastDate;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(nullable = false)
    public boolean approved;

    @Column(length = 500)
    public String note;

    public boolean isWholeDays() {
        return firstDate != null;
    }
}
