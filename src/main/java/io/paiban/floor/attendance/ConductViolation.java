package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.ConductKind;
import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A conduct violation recorded by a supervisor; its fine follows from its place in the agent's calendar month. */
@Entity
@Table(name = "conduct_violation")
public class ConductViolation extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "conduct_kind", nullable = false)
    public ConductKind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "loss_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal lossAmount = BigDecimal.ZERO;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;
}
